package org.newsgraph.nlp.decode;

import java.util.Arrays;
import java.util.Objects;
import java.util.PriorityQueue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.model.BaseModel;

/**
 * OpenNLP's {@link BeamSearch}, step for step and with the same results (ties included), without
 * two of its costs:
 *
 * <ul>
 *   <li>it sorts every outcome's probability to find the k-th largest; here the k largest are
 *       picked in one pass;
 *   <li>it evaluates the model once per sequence in the beam, though the sequences often end alike
 *       and so give the same context (two fifths of the chunker's evaluations on CaRB dev, with a
 *       beam of 3); here each distinct context of a token is evaluated once.
 * </ul>
 *
 * <p>Thread-safe: share one instance; all state is per call.
 */
public final class BeamDecoder implements SequenceClassificationModel {

  /** BeamSearch's default lowest score of a sequence (a log probability). */
  public static final double MIN_SEQUENCE_SCORE = -100000;

  private final int width;
  private final MaxentModel model;

  /**
   * @param width the beam size: how many sequences are kept from one token to the next
   * @param model the classifier of single tokens
   */
  public BeamDecoder(int width, MaxentModel model) {
    if (width < 1) {
      throw new IllegalArgumentException("beam width must be at least 1: " + width);
    }
    this.width = width;
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * The model's probability of each outcome (in the model's order) at one token of a sequence,
   * given the outcomes chosen before it. Called token by token, in order, for one sequence; it
   * may keep what it computed for the current token. The returned array is only read.
   */
  @FunctionalInterface
  public interface TokenScores {
    double[] at(int index, String[] outcomesBefore);
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
    Object[] extra = additionalContext == null ? new Object[0] : additionalContext;
    TokenEvaluations evaluations = new TokenEvaluations(model, width);
    int[] current = {-1};
    TokenScores scores = (i, outcomes) -> {
      if (i != current[0]) {
        evaluations.nextToken();
        current[0] = i;
      }
      return evaluations.probabilities(contexts.getContext(i, sequence, outcomes, extra));
    };
    return bestSequences(numSequences, sequence, minSequenceScore, scores, validator);
  }

  /**
   * The best sequences when the probabilities come from {@code scores} rather than from the model
   * evaluating a context generator's features; {@code scores} must give what the model would.
   */
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, double minSequenceScore, TokenScores scores,
      SequenceValidator<T> validator) {
    PriorityQueue<BeamPath> prev = new PriorityQueue<>(width);
    PriorityQueue<BeamPath> next = new PriorityQueue<>(width);
    prev.add(BeamPath.EMPTY);
    for (int i = 0; i < sequence.length; i++) {
      int expand = Math.min(width, prev.size());
      for (int c = 0; c < expand && !prev.isEmpty(); c++) {
        BeamPath top = prev.remove();
        String[] outcomes = top.outcomes();
        double[] probabilities = scores.at(i, outcomes);
        double min = kthLargest(probabilities, width);
        for (int p = 0; p < probabilities.length; p++) {
          if (probabilities[p] >= min) {
            extend(next, top, i, sequence, outcomes, p, probabilities[p], minSequenceScore, validator);
          }
        }
        if (next.isEmpty()) {
          for (int p = 0; p < probabilities.length; p++) {
            extend(next, top, i, sequence, outcomes, p, probabilities[p], minSequenceScore, validator);
          }
        }
      }
      prev.clear();
      PriorityQueue<BeamPath> swap = prev;
      prev = next;
      next = swap;
    }
    Sequence[] best = new Sequence[Math.min(numSequences, prev.size())];
    for (int k = 0; k < best.length; k++) {
      best[k] = prev.remove().toSequence();
    }
    return best;
  }

  /** Adds {@code top} + outcome {@code p} to {@code next} when the validator allows it and it is likely enough. */
  private <T> void extend(PriorityQueue<BeamPath> next, BeamPath top, int i, T[] sequence, String[] outcomes, int p,
      double probability, double minSequenceScore, SequenceValidator<T> validator) {
    String outcome = model.getOutcome(p);
    if (validator.validSequence(i, sequence, outcomes, outcome)) {
      BeamPath extended = new BeamPath(top, outcome, probability);
      if (extended.score() > minSequenceScore) {
        next.add(extended);
      }
    }
  }

  /** The beam size an OpenNLP tool would use for {@code model}: its manifest's, else {@code otherwise}. */
  public static int beamSize(BaseModel model, int otherwise) {
    String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    return size == null ? otherwise : Integer.parseInt(size);
  }

  /** A decoder of the given width: {@link GreedySequenceModel} (remembering nothing) for 1, else a beam. */
  public static SequenceClassificationModel forWidth(int width, MaxentModel model) {
    return width == 1 ? new GreedySequenceModel(model, 0) : new BeamDecoder(width, model);
  }

  /** The k-th largest value, duplicates counted (the smallest when there are fewer than k). */
  static double kthLargest(double[] values, int k) {
    if (values.length <= k) {
      double min = values[0];
      for (double v : values) {
        min = Math.min(min, v);
      }
      return min;
    }
    double[] top = new double[k]; // descending
    Arrays.fill(top, Double.NEGATIVE_INFINITY);
    for (double v : values) {
      if (v > top[k - 1]) {
        int j = k - 1;
        while (j > 0 && top[j - 1] < v) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = v;
      }
    }
    return top[k - 1];
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
    return bestSequences(numSequences, sequence, additionalContext, MIN_SEQUENCE_SCORE, contexts, validator);
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> contexts,
      SequenceValidator<T> validator) {
    Sequence[] best = bestSequences(1, sequence, additionalContext, contexts, validator);
    return best.length == 0 ? null : best[0];
  }

  @Override
  public String[] getOutcomes() {
    return outcomes(model);
  }

  /** All outcomes of {@code model}, in its order. */
  static String[] outcomes(MaxentModel model) {
    String[] out = new String[model.getNumOutcomes()];
    for (int i = 0; i < out.length; i++) {
      out[i] = model.getOutcome(i);
    }
    return out;
  }
}
