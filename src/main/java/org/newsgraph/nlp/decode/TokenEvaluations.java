package org.newsgraph.nlp.decode;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The model's probabilities for the contexts of one token, each distinct context evaluated once.
 * The contexts of a token differ mostly in their features of previous outcomes, so for the second
 * and later ones the model parameters looked up for the first context are reused wherever a
 * feature is the first context's at the same position ({@link ModelTable}).
 */
final class TokenEvaluations {
  private final MaxentModel model;
  private final ModelTable table;
  private final String[][] contexts;
  private final double[][] probabilities;
  private ModelTable.Lookup first;
  private int size;

  TokenEvaluations(MaxentModel model, int width) {
    this.model = model;
    this.table = ModelTable.of(model);
    this.contexts = new String[width][];
    this.probabilities = new double[width][model.getNumOutcomes()];
  }

  void nextToken() {
    size = 0;
    first = null;
  }

  double[] probabilities(String[] context) {
    for (int k = 0; k < size; k++) {
      if (Arrays.equals(contexts[k], context)) {
        return probabilities[k];
      }
    }
    contexts[size] = context.clone(); // a context generator may reuse its arrays
    if (table == null) {
      probabilities[size] = model.eval(context, probabilities[size]);
    } else {
      ModelTable.Lookup lookup = table.lookUp(contexts[size], first);
      if (first == null) {
        first = lookup;
      }
      table.probabilities(lookup, probabilities[size]);
    }
    return probabilities[size++];
  }
}
