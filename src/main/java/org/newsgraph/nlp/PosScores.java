package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import org.newsgraph.nlp.decode.BeamDecoder;

/**
 * The POS model's probabilities, bit for bit what {@code GISModel.eval} gives for the features of
 * {@link DefaultPOSContextGenerator} (without an n-gram dictionary), with fewer feature look-ups.
 *
 * <p>A token's features are its word's ("w=", and the affix and character features every word gets
 * when there is no dictionary), the words around it ("p=", "pp=", "n=", "nn=") and the two
 * previous tags ("t=", "t2="). The generic path builds these strings and looks each up for every
 * token. Here the parameters of all of a word's features, in every position, are looked up once
 * and remembered per thread (most words recur), and the tag features are arrays indexed by tag.
 * The sums run in the generator's feature order, so the results are the model's own.
 *
 * <p>Thread-safe: share one instance; a {@link #forSentence} object belongs to one decoding.
 */
final class PosScores {

  /** Words remembered per thread; the memory starts over when full. */
  private static final int WORDS_REMEMBERED = 65_536;
  private static final int AFFIXES = 4;
  private static final String BEGIN = "*SB*";
  private static final String END = "*SE*";

  /** The parameters of one word's features, as the token itself and as each of its neighbours. */
  private record Word(Context self, Context[] shape, Context previous, Context beforePrevious, Context next,
      Context afterNext) {}

  private final Map<String, Context> parameters;
  private final Map<String, Integer> tagIndex = new HashMap<>();
  private final Context bias;
  private final Context[] previousTag;
  private final Context[][] previousTags;
  private final int outcomes;
  private final ThreadLocal<Map<String, Word>> words = ThreadLocal.withInitial(HashMap::new);

  @SuppressWarnings("unchecked")
  private PosScores(GISModel model) {
    parameters = (Map<String, Context>) model.getDataStructures()[1];
    outcomes = model.getNumOutcomes();
    bias = parameters.get("default");
    previousTag = new Context[outcomes];
    previousTags = new Context[outcomes][outcomes];
    for (int a = 0; a < outcomes; a++) {
      tagIndex.put(model.getOutcome(a), a);
      previousTag[a] = parameters.get("t=" + model.getOutcome(a));
      for (int b = 0; b < outcomes; b++) {
        previousTags[a][b] = parameters.get("t2=" + model.getOutcome(a) + "," + model.getOutcome(b));
      }
    }
  }

  /**
   * Scores for {@code model} when its features are {@link DefaultPOSContextGenerator}'s without an
   * n-gram dictionary and it is a GIS model (as OpenNLP's English POS model is), else {@code null}.
   */
  static PosScores of(Object model, Object contextGenerator, Object ngramDictionary) {
    if (model instanceof GISModel gis && ngramDictionary == null && contextGenerator != null
        && contextGenerator.getClass() == DefaultPOSContextGenerator.class) {
      return new PosScores(gis);
    }
    return null;
  }

  /** Scores of one sentence's tokens, for one decoding. */
  BeamDecoder.TokenScores forSentence(String[] tokens) {
    Objects.requireNonNull(tokens, "tokens");
    Word[] sentence = new Word[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      sentence[i] = word(tokens[i]);
    }
    Word begin = word(BEGIN);
    Word end = word(END);
    return (i, tagsBefore) -> {
      double[] sums = GisSums.start(outcomes);
      Word w = sentence[i];
      GisSums.add(bias, sums);
      GisSums.add(w.self(), sums);
      for (Context c : w.shape()) {
        GisSums.add(c, sums);
      }
      GisSums.add(i >= 1 ? sentence[i - 1].previous() : begin.previous(), sums);
      if (i >= 1) {
        int tag1 = tagIndex.get(tagsBefore[i - 1]);
        GisSums.add(previousTag[tag1], sums);
        GisSums.add(i >= 2 ? sentence[i - 2].beforePrevious() : begin.beforePrevious(), sums);
        if (i >= 2) {
          GisSums.add(previousTags[tagIndex.get(tagsBefore[i - 2])][tag1], sums);
        }
      }
      GisSums.add(i + 1 < sentence.length ? sentence[i + 1].next() : end.next(), sums);
      if (i + 1 < sentence.length) {
        GisSums.add(i + 2 < sentence.length ? sentence[i + 2].afterNext() : end.afterNext(), sums);
      }
      return GisSums.probabilities(sums);
    };
  }

  private Word word(String text) {
    Map<String, Word> known = words.get();
    Word w = known.get(text);
    if (w == null) {
      if (known.size() >= WORDS_REMEMBERED) {
        known.clear();
      }
      w = new Word(parameters.get("w=" + text), shape(text), parameters.get("p=" + text),
          parameters.get("pp=" + text), parameters.get("n=" + text), parameters.get("nn=" + text));
      known.put(text, w);
    }
    return w;
  }

  /** The parameters of the suffix, prefix, hyphen, capital and digit features, in the generator's order. */
  private Context[] shape(String text) {
    List<Context> found = new ArrayList<>(2 * AFFIXES + 3);
    for (int k = 0; k < AFFIXES; k++) {
      found.add(parameters.get("suf=" + text.substring(Math.max(text.length() - k - 1, 0))));
    }
    for (int k = 0; k < AFFIXES; k++) {
      found.add(parameters.get("pre=" + text.substring(0, Math.min(k + 1, text.length()))));
    }
    if (text.indexOf('-') >= 0) {
      found.add(parameters.get("h"));
    }
    if (text.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) {
      found.add(parameters.get("c"));
    }
    if (text.chars().anyMatch(c -> c >= '0' && c <= '9')) {
      found.add(parameters.get("d"));
    }
    return found.toArray(new Context[0]);
  }
}
