package org.newsgraph.nlp;

import java.util.Arrays;
import opennlp.tools.ml.model.Context;

/**
 * The arithmetic of {@code GISModel.eval}, for code that finds a context's parameters itself: a
 * uniform log prior, each feature's parameters added in the context's order, then exponentials
 * normalised to sum to one. Done in this order the results are the model's own, bit for bit.
 */
final class GisSums {

  private GisSums() {}

  /** Sums for {@code outcomes} outcomes, each at the uniform prior's logarithm. */
  static double[] start(int outcomes) {
    double[] sums = new double[outcomes];
    Arrays.fill(sums, StrictMath.log(1.0 / outcomes));
    return sums;
  }

  /** Adds one feature's parameters; a feature the model does not know ({@code null}) adds nothing. */
  static void add(Context feature, double[] sums) {
    if (feature != null) {
      int[] outcomes = feature.getOutcomes();
      double[] values = feature.getParameters();
      for (int k = 0; k < outcomes.length; k++) {
        sums[outcomes[k]] += values[k];
      }
    }
  }

  /** Turns the sums into probabilities, in place. */
  static double[] probabilities(double[] sums) {
    double total = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      total += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= total;
    }
    return sums;
  }
}
