package org.newsgraph.eval.carb;

/**
 * One operating point of the precision/recall curve: the scores of the predictions whose
 * confidence is at least {@code threshold}.
 */
public record PrPoint(double threshold, double precision, double recall) {

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
