package org.newsgraph.nlp.decode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Decodes a sequence token by token, taking at each token the most probable outcome that the
 * tool's validator allows. That is the path OpenNLP's {@link BeamSearch} of width one finds (ties
 * go to the outcome listed first, as there), without its cost: the beam search sorts every
 * outcome's probability at every token, which for a model of hundreds of outcomes (the UD
 * lemmatizer has 860) takes longer than evaluating the model.
 *
 * <p>With a memory size above zero, each thread remembers the most probable outcome for the
 * contexts (feature lists) it has evaluated: the same features give the same probabilities, so when
 * the validator accepts the remembered outcome it is the one a new evaluation would choose, and the
 * model is not evaluated again. The memory is emptied when it is full.
 *
 * <p>Asking {@link #bestSequences} for more than one sequence runs a {@link BeamDecoder} of that width.
 *
 * <p>Thread-safe: share one instance; the memory is per thread and the rest per call.
 */
public final class GreedySequenceModel implements SequenceClassificationModel {

  /** Starts the keys of named contexts, which a key built from the features never does (it starts with a digit). */
  private static final char NAMED = '\u0001';

  private final MaxentModel model;
  private final int memorySize;
  private final ThreadLocal<Map<String, Best>> memory;

  /** The most probable outcome for one context, and its probability. */
  private record Best(int outcome, double probability) {}

  /**
   * @param model the classifier of single tokens
   * @param memorySize how many contexts each thread remembers the best outcome of; 0 for none
   */
  public GreedySequenceModel(MaxentModel model, int memorySize) {
    if (memorySize < 0) {
      throw new IllegalArgumentException("memory size must not be negative: " + memorySize);
    }
    this.model = Objects.requireNonNull(model, "model");
    this.memorySize = memorySize;
    this.memory = ThreadLocal.withInitial(HashMap::new);
  }

  /**
   * Names a token's context without building it, for the memory: equal names must mean equal
   * contexts (for instance the previous outcome, the word and its tag, when the context is made of
   * nothing else).
   */
  @FunctionalInterface
  public interface ContextName<T> {
    String of(int index, T[] sequence, String[] outcomesBefore);
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> contexts,
      SequenceValidator<T> validator) {
    return bestSequence(sequence, additionalContext, contexts, validator, null);
  }

  /**
   * {@link #bestSequence(Object[], Object[], BeamSearchContextGenerator, SequenceValidator)}, with
   * the memory keyed by {@code names} (when not null), so that a remembered token's context is not
   * even built.
   */
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> contexts,
      SequenceValidator<T> validator, ContextName<T> names) {
    Object[] extra = additionalContext == null ? new Object[0] : additionalContext;
    double[] probabilities = new double[model.getNumOutcomes()];
    String[] outcomes = new String[0];
    Sequence best = new Sequence();
    for (int i = 0; i < sequence.length; i++) {
      String[] context = null;
      String key = null;
      if (memorySize > 0 && names != null) {
        key = NAMED + names.of(i, sequence, outcomes);
      } else if (memorySize > 0) {
        context = contexts.getContext(i, sequence, outcomes, extra);
        key = key(context);
      }
      Best next = key == null ? null : remembered(key, i, sequence, outcomes, validator);
      if (next == null) {
        if (context == null) {
          context = contexts.getContext(i, sequence, outcomes, extra);
        }
        next = evaluate(context, key, probabilities, i, sequence, outcomes, validator);
      }
      if (next == null || !(best.getScore() + StrictMath.log(next.probability()) > BeamDecoder.MIN_SEQUENCE_SCORE)) {
        return null; // no outcome is allowed here, or the sequence became too unlikely: as BeamSearch
      }
      outcomes = extend(best, outcomes, next);
    }
    return best;
  }

  /**
   * The greedy path when the probabilities come from {@code scores} rather than from the model
   * evaluating a context generator's features (nothing is remembered); {@code scores} must give
   * what the model would.
   */
  public <T> Sequence bestSequence(T[] sequence, BeamDecoder.TokenScores scores, SequenceValidator<T> validator) {
    String[] outcomes = new String[0];
    Sequence best = new Sequence();
    for (int i = 0; i < sequence.length; i++) {
      double[] p = scores.at(i, outcomes);
      Best next = allowed(top(p), p, i, sequence, outcomes, validator);
      if (next == null || !(best.getScore() + StrictMath.log(next.probability()) > BeamDecoder.MIN_SEQUENCE_SCORE)) {
        return null;
      }
      outcomes = extend(best, outcomes, next);
    }
    return best;
  }

  /** Adds {@code next} to {@code best}; the outcomes so far, with the new one. */
  private String[] extend(Sequence best, String[] outcomes, Best next) {
    String outcome = model.getOutcome(next.outcome());
    best.add(outcome, next.probability());
    String[] longer = Arrays.copyOf(outcomes, outcomes.length + 1);
    longer[outcomes.length] = outcome;
    return longer;
  }

  /** The remembered best outcome for a context's key, if there is one and the validator accepts it here. */
  private <T> Best remembered(String key, int i, T[] sequence, String[] outcomes, SequenceValidator<T> validator) {
    Best b = memory.get().get(key);
    return b != null && validator.validSequence(i, sequence, outcomes, model.getOutcome(b.outcome())) ? b : null;
  }

  /**
   * Evaluates the model on {@code context}: the most probable outcome the validator accepts, or null.
   * The most probable of all outcomes is remembered under {@code key} unless that is null.
   */
  private <T> Best evaluate(String[] context, String key, double[] probabilities, int i, T[] sequence,
      String[] outcomes, SequenceValidator<T> validator) {
    double[] p = model.eval(context, probabilities);
    Best best = top(p);
    if (key != null) {
      Map<String, Best> m = memory.get();
      if (m.size() >= memorySize) {
        m.clear();
      }
      m.put(key, best);
    }
    return allowed(best, p, i, sequence, outcomes, validator);
  }

  private static Best top(double[] p) {
    int top = 0;
    for (int o = 1; o < p.length; o++) {
      if (p[o] > p[top]) {
        top = o;
      }
    }
    return new Best(top, p[top]);
  }

  /** {@code best} when the validator accepts it here, else the most probable outcome it accepts, or null. */
  private <T> Best allowed(Best best, double[] p, int i, T[] sequence, String[] outcomes,
      SequenceValidator<T> validator) {
    if (validator.validSequence(i, sequence, outcomes, model.getOutcome(best.outcome()))) {
      return best;
    }
    int allowed = -1;
    for (int o = 0; o < p.length; o++) {
      if ((allowed < 0 || p[o] > p[allowed]) && validator.validSequence(i, sequence, outcomes, model.getOutcome(o))) {
        allowed = o;
      }
    }
    return allowed < 0 ? null : new Best(allowed, p[allowed]);
  }

  /** One string for a context, each feature preceded by its length, so that no two contexts share a key. */
  private static String key(String[] context) {
    StringBuilder b = new StringBuilder(context.length * 16);
    for (String feature : context) {
      b.append(feature.length()).append(':').append(feature);
    }
    return b.toString();
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
    return new BeamDecoder(numSequences, model)
        .bestSequences(numSequences, sequence, additionalContext, minSequenceScore, contexts, validator);
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
    if (numSequences == 1) {
      Sequence best = bestSequence(sequence, additionalContext, contexts, validator);
      return best == null ? new Sequence[0] : new Sequence[] {best};
    }
    return new BeamDecoder(numSequences, model).bestSequences(numSequences, sequence, additionalContext, contexts,
        validator);
  }

  @Override
  public String[] getOutcomes() {
    return BeamDecoder.outcomes(model);
  }
}
