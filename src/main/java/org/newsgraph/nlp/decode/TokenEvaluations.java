package org.newsgraph.nlp.decode;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;

/** The model's probabilities for the contexts of one token, each distinct context evaluated once. */
final class TokenEvaluations {
  private final MaxentModel model;
  private final String[][] contexts;
  private final double[][] probabilities;
  private int size;

  TokenEvaluations(MaxentModel model, int width) {
    this.model = model;
    this.contexts = new String[width][];
    this.probabilities = new double[width][model.getNumOutcomes()];
  }

  void nextToken() {
    size = 0;
  }

  double[] probabilities(String[] context) {
    for (int k = 0; k < size; k++) {
      if (Arrays.equals(contexts[k], context)) {
        return probabilities[k];
      }
    }
    contexts[size] = context.clone(); // a context generator may reuse its arrays
    probabilities[size] = model.eval(context, probabilities[size]);
    return probabilities[size++];
  }
}
