package org.newsgraph.nlp.decode;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;

/** Outcomes before a token, as a beam may have chosen them, for tests that compare scores with a model's own. */
public final class OutcomeHistories {

  private OutcomeHistories() {}

  /**
   * For token {@code index}: every outcome one token back with every {@code stride}-th outcome two
   * tokens back (arrays of length {@code index}; positions further back stay null, as the features
   * never read them). The same arrays repeat where the token has fewer than two before it.
   */
  public static List<String[]> before(MaxentModel model, int index, int stride) {
    List<String[]> histories = new ArrayList<>();
    for (int a = 0; a < model.getNumOutcomes(); a += stride) {
      for (int b = 0; b < model.getNumOutcomes(); b++) {
        String[] before = new String[index];
        if (index >= 1) {
          before[index - 1] = model.getOutcome(b);
        }
        if (index >= 2) {
          before[index - 2] = model.getOutcome(a);
        }
        histories.add(before);
      }
    }
    return histories;
  }
}
