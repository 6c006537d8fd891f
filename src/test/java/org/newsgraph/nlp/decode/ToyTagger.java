package org.newsgraph.nlp.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/** A tagger made by hand for decoder tests: three outcomes, made-up probabilities, words x, y and z. */
final class ToyTagger {

  static final String[] OUTCOMES = {"A", "B", "C"};

  /** Features: the word and the outcome before it. */
  static final BeamSearchContextGenerator<String> CONTEXTS =
      (i, words, before, extra) -> new String[] {"w=" + words[i], "p=" + (i == 0 ? "bos" : before[i - 1])};

  /**
   * C may not follow A (as I-X may not follow B-Y); the outcomes so far are read by the array's
   * length, as OpenNLP's validators do.
   */
  static final SequenceValidator<String> NO_C_AFTER_A = (i, words, before, outcome) ->
      !(outcome.equals("C") && before.length > 0 && before[before.length - 1].equals("A"));

  static final SequenceValidator<String> ANYTHING = (i, words, before, outcome) -> true;

  private ToyTagger() {}

  /** Probabilities made up per context, the same on every call; counts its evaluations. */
  static class Model implements MaxentModel {
    int evaluations;

    @Override
    public double[] eval(String[] context, double[] probs) {
      evaluations++;
      Random r = new Random(Objects.hash((Object[]) context));
      double sum = 0;
      for (int o = 0; o < probs.length; o++) {
        probs[o] = r.nextDouble();
        sum += probs[o];
      }
      for (int o = 0; o < probs.length; o++) {
        probs[o] /= sum;
      }
      return probs;
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[OUTCOMES.length]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return eval(context);
    }

    @Override
    public String getBestOutcome(double[] probs) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String getAllOutcomes(double[] probs) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String getOutcome(int i) {
      return OUTCOMES[i];
    }

    @Override
    public int getIndex(String outcome) {
      return Arrays.asList(OUTCOMES).indexOf(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return OUTCOMES.length;
    }
  }

  /** The same probability for every outcome, whatever the context. */
  static final class FlatModel extends Model {
    @Override
    public double[] eval(String[] context, double[] probs) {
      evaluations++;
      Arrays.fill(probs, 1.0 / probs.length);
      return probs;
    }
  }

  /** Every sequence of one to five words over {x, y, z}. */
  static List<String[]> allSentences() {
    List<String[]> out = new ArrayList<>();
    List<String[]> shorter = new ArrayList<>();
    shorter.add(new String[0]);
    for (int n = 1; n <= 5; n++) {
      List<String[]> longer = new ArrayList<>();
      for (String[] s : shorter) {
        for (String w : new String[] {"x", "y", "z"}) {
          String[] t = Arrays.copyOf(s, n);
          t[n - 1] = w;
          longer.add(t);
        }
      }
      out.addAll(longer);
      shorter = longer;
    }
    return out;
  }
}
