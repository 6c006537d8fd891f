package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.newsgraph.nlp.decode.BeamDecoder;
import org.newsgraph.nlp.decode.PairMemory;

/**
 * The chunker model's probabilities, bit for bit what {@code GISModel.eval} gives for the
 * features of {@link DefaultChunkerContextGenerator}, with fewer feature look-ups.
 *
 * <p>Of a token's 41 features, 19 depend on the words and tags alone ("w0=bank", "t_1=DT"), 3 on
 * the two previous chunk tags ("p_2=B-NP", "p_1=I-NP" and both), and 19 put the previous tag
 * before one of the first 19 ("p_1=I-NP" + "w0=bank"). The generic path builds and looks up all
 * 41 strings for each sequence in the beam. Here each of the first 19 is looked up once per token,
 * in a table that also holds, by previous tag, the parameters of its 19 extensions; the
 * previous-tag features are arrays indexed by tag. The sums run in the generator's feature order,
 * so the floating-point results are the model's own.
 *
 * <p>Thread-safe: share one instance; a {@link #forSentence} object belongs to one decoding.
 */
final class ChunkerScores {

  /** Word and tag features: w_2, w_1, w0, w1, w2, w_1w0, w0w1, then the 12 tag features. */
  private static final int BASE = 19;
  /** The bases of the 19 features that prefix the previous tag, in the generator's order. */
  private static final int[] EXTENDED = {7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 0, 1, 2, 3, 4, 5, 6};
  private static final String BOS = "bos";
  private static final String EOS = "eos";

  /** A word or tag feature's parameters and, by previous tag, those of the feature that prefixes the tag. */
  private record Feature(Context[] own, Context[] afterPrevious) {}

  private final Map<String, Feature> features = new HashMap<>();
  /** Previous tags: the model's outcomes by index, then "bos". */
  private final Map<String, Integer> previousTags = new HashMap<>();
  private final Context[] twoBefore;
  private final Context[] oneBefore;
  private final Context[][] bothBefore;
  private final int outcomes;

  @SuppressWarnings("unchecked")
  private ChunkerScores(GISModel model) {
    Map<String, Context> parameters = (Map<String, Context>) model.getDataStructures()[1];
    outcomes = model.getNumOutcomes();
    String[] tags = new String[outcomes + 1];
    for (int o = 0; o < outcomes; o++) {
      tags[o] = model.getOutcome(o);
    }
    tags[outcomes] = BOS;
    twoBefore = new Context[tags.length];
    oneBefore = new Context[tags.length];
    bothBefore = new Context[tags.length][tags.length];
    for (int a = 0; a < tags.length; a++) {
      previousTags.put(tags[a], a);
      twoBefore[a] = parameters.get("p_2=" + tags[a]);
      oneBefore[a] = parameters.get("p_1=" + tags[a]);
      for (int b = 0; b < tags.length; b++) {
        bothBefore[a][b] = parameters.get("p_2=" + tags[a] + "p_1=" + tags[b]);
      }
    }
    parameters.forEach((name, c) -> {
      if (name.startsWith("p_1=")) {
        // Filed under every reading of the name, so that a look-up by (tag, base) finds it whatever the tags.
        for (int t = 0; t < tags.length; t++) {
          if (name.startsWith(tags[t], 4) && name.length() > 4 + tags[t].length()) {
            feature(name.substring(4 + tags[t].length()), tags.length).afterPrevious[t] = c;
          }
        }
      } else if (!name.startsWith("p_2=")) {
        feature(name, tags.length).own[0] = c;
      }
    });
  }

  private Feature feature(String name, int tags) {
    return features.computeIfAbsent(name, n -> new Feature(new Context[1], new Context[tags]));
  }

  /**
   * Scores for {@code model} when its features are {@link DefaultChunkerContextGenerator}'s and
   * it is a GIS model (as OpenNLP's English chunker is), else {@code null}.
   */
  static ChunkerScores of(Object model, Object contextGenerator) {
    if (model instanceof GISModel gis && contextGenerator != null
        && contextGenerator.getClass() == DefaultChunkerContextGenerator.class) {
      return new ChunkerScores(gis);
    }
    return null;
  }

  /** Scores of one sentence's tokens (PTB tags), for one {@link BeamDecoder} run. */
  BeamDecoder.TokenScores forSentence(String[] tokens, String[] tags) {
    return new Sentence(tokens, tags);
  }

  private final class Sentence implements BeamDecoder.TokenScores {
    private static final Context[] NONE = new Context[1];
    private static final Feature ABSENT = new Feature(NONE, new Context[0]);

    private final String[] tokens;
    private final String[] tags;
    private final Feature[] base = new Feature[BASE];
    private int token = -1;
    /** Probabilities per distinct pair of previous tags at the current token. */
    private final PairMemory pairs = new PairMemory();

    Sentence(String[] tokens, String[] tags) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      this.tags = Objects.requireNonNull(tags, "tags");
    }

    @Override
    public double[] at(int index, String[] outcomesBefore) {
      if (index != token) {
        startToken(index);
      }
      int before2 = previousTags.get(index < 2 ? BOS : outcomesBefore[index - 2]);
      int before1 = previousTags.get(index < 1 ? BOS : outcomesBefore[index - 1]);
      return pairs.get(before2, before1, this::evaluate);
    }

    private void startToken(int i) {
      token = i;
      pairs.clear();
      String w2b = word("w_2=", i - 2);
      String w1b = word("w_1=", i - 1);
      String w0 = "w0=" + tokens[i];
      String w1 = word("w1=", i + 1);
      String w2 = word("w2=", i + 2);
      String t2b = tag("t_2=", i - 2);
      String t1b = tag("t_1=", i - 1);
      String t0 = "t0=" + tags[i];
      String t1 = tag("t1=", i + 1);
      String t2 = tag("t2=", i + 2);
      String[] names = {
          w2b, w1b, w0, w1, w2, w1b + w0, w0 + w1,
          t2b, t1b, t0, t1, t2, t2b + t1b, t1b + t0, t0 + t1, t1 + t2, t2b + t1b + t0, t1b + t0 + t1, t0 + t1 + t2};
      for (int k = 0; k < BASE; k++) {
        base[k] = features.getOrDefault(names[k], ABSENT);
      }
    }

    private String word(String name, int i) {
      return name + (i < 0 ? BOS : i >= tokens.length ? EOS : tokens[i]);
    }

    private String tag(String name, int i) {
      return name + (i < 0 ? BOS : i >= tags.length ? EOS : tags[i]);
    }

    private double[] evaluate(int before2, int before1) {
      double[] sums = GisSums.start(outcomes);
      for (Feature f : base) {
        GisSums.add(f.own()[0], sums);
      }
      GisSums.add(twoBefore[before2], sums);
      GisSums.add(oneBefore[before1], sums);
      GisSums.add(bothBefore[before2][before1], sums);
      for (int b : EXTENDED) {
        Context[] after = base[b].afterPrevious();
        GisSums.add(after.length == 0 ? null : after[before1], sums);
      }
      return GisSums.probabilities(sums);
    }
  }
}
