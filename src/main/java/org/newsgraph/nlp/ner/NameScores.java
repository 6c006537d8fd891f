package org.newsgraph.nlp.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.newsgraph.nlp.decode.BeamDecoder;
import org.newsgraph.nlp.decode.PairMemory;
import org.newsgraph.nlp.decode.ModelTable;

/**
 * The name finder model's probabilities, bit for bit what its {@code eval} gives for the features
 * of {@link DefaultNameContextGenerator}, with fewer features built and looked up.
 *
 * <p>OpenNLP 2.5.4's generator gives, for token i, its feature generators' features (which do not
 * depend on the outcomes before i: the name finder's generators are cached per token), then four
 * that do: "po=" + the previous outcome, "pow=" + that + "," + the token, "powf=" + that + "," +
 * the token's class ({@link FeatureGeneratorUtil#tokenFeature}), "ppo=" + the outcome before it;
 * before the sentence start both are "other". The generic path copies the first part and builds
 * and looks up all of them for each sequence in the beam. Here the generator runs once per token
 * and its features are looked up once; the four others come from arrays indexed by outcome
 * ("po", "ppo") or are looked up once per token and previous outcome ("pow", "powf"). The sums run
 * in the generator's feature order through {@link ModelTable}, so the results are the model's own.
 *
 * <p>Thread-safe: share one instance; a {@link #forSentence} object belongs to one decoding.
 */
final class NameScores {

  private static final int PREVIOUS_FEATURES = 4;

  private final ModelTable table;
  private final int outcomes;
  /** Previous outcomes: the model's outcomes by index, then "other" when it is not one of them. */
  private final Map<String, Integer> previous = new HashMap<>();
  private final String[] previousNames;
  private final Context[] previousOutcome;
  private final Context[] outcomeBeforePrevious;

  private NameScores(MaxentModel model, ModelTable table) {
    this.table = table;
    outcomes = model.getNumOutcomes();
    previousNames = new String[outcomes + 1];
    for (int o = 0; o < outcomes; o++) {
      previousNames[o] = model.getOutcome(o);
    }
    previousNames[outcomes] = NameFinderME.OTHER;
    previousOutcome = new Context[previousNames.length];
    outcomeBeforePrevious = new Context[previousNames.length];
    for (int t = previousNames.length - 1; t >= 0; t--) {
      previous.put(previousNames[t], t); // "other" ends at its outcome index when it has one
      previousOutcome[t] = table.parameters("po=" + previousNames[t]);
      outcomeBeforePrevious[t] = table.parameters("ppo=" + previousNames[t]);
    }
  }

  /** Scores for a GIS or perceptron {@code model}; null for other models. */
  static NameScores of(MaxentModel model) {
    ModelTable table = ModelTable.of(model);
    return table == null ? null : new NameScores(model, table);
  }

  /** Whether {@code contexts} is the generator whose features this reproduces. */
  static boolean reproduces(BeamSearchContextGenerator<?> contexts) {
    return contexts != null && contexts.getClass() == DefaultNameContextGenerator.class;
  }

  /**
   * Scores of one sentence's tokens, for one {@link BeamDecoder} run; {@code contexts} is the name
   * finder's {@link DefaultNameContextGenerator}, in the document state the decoding is in.
   */
  BeamDecoder.TokenScores forSentence(String[] tokens, BeamSearchContextGenerator<String> contexts,
      Object[] additionalContext) {
    if (!reproduces(contexts)) {
      throw new IllegalArgumentException("not the default name context generator: " + contexts);
    }
    return new Sentence(tokens, contexts, additionalContext);
  }

  private final class Sentence implements BeamDecoder.TokenScores {
    private final String[] tokens;
    private final BeamSearchContextGenerator<String> contexts;
    private final Object[] additionalContext;
    private int token = -1;
    /** The current token's feature parameters; the last four are set per pair of previous outcomes. */
    private Context[] features;
    private String tokenClass;
    private final Context[] withToken = new Context[previousNames.length];
    private final Context[] withTokenClass = new Context[previousNames.length];
    private final boolean[] lookedUp = new boolean[previousNames.length];
    /** Probabilities per distinct pair of previous outcomes at the current token. */
    private final PairMemory pairs = new PairMemory();

    Sentence(String[] tokens, BeamSearchContextGenerator<String> contexts, Object[] additionalContext) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      this.contexts = contexts;
      this.additionalContext = additionalContext == null ? new Object[0] : additionalContext;
    }

    @Override
    public double[] at(int index, String[] outcomesBefore) {
      if (index != token) {
        startToken(index, outcomesBefore);
      }
      int before2 = index > 1 ? previous.get(outcomesBefore[index - 2]) : previous.get(NameFinderME.OTHER);
      int before1 = index > 0 ? previous.get(outcomesBefore[index - 1]) : previous.get(NameFinderME.OTHER);
      return pairs.get(before2, before1, this::evaluate);
    }

    /** The generator's features for the first sequence asked about, less its four previous-outcome ones. */
    private void startToken(int i, String[] outcomesBefore) {
      token = i;
      pairs.clear();
      String[] context = contexts.getContext(i, tokens, outcomesBefore, additionalContext);
      features = new Context[context.length];
      for (int k = 0; k < context.length - PREVIOUS_FEATURES; k++) {
        features[k] = table.parameters(context[k]);
      }
      tokenClass = FeatureGeneratorUtil.tokenFeature(tokens[i]);
      Arrays.fill(lookedUp, false);
    }

    private double[] evaluate(int before2, int before1) {
      if (!lookedUp[before1]) {
        String outcome = previousNames[before1];
        withToken[before1] = table.parameters("pow=" + outcome + "," + tokens[token]);
        withTokenClass[before1] = table.parameters("powf=" + outcome + "," + tokenClass);
        lookedUp[before1] = true;
      }
      int n = features.length - PREVIOUS_FEATURES;
      features[n] = previousOutcome[before1];
      features[n + 1] = withToken[before1];
      features[n + 2] = withTokenClass[before1];
      features[n + 3] = outcomeBeforePrevious[before2];
      double[] result = new double[outcomes];
      table.probabilities(features, result);
      return result;
    }
  }
}
