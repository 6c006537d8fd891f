package org.newsgraph.eval.identity;

/**
 * Precision and recall of a clustering against the gold one, and their F1.
 *
 * @param precision in [0, 1]
 * @param recall in [0, 1]
 */
public record ClusterScore(double precision, double recall) {

  public ClusterScore {
    if (!(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1)) {
      throw new IllegalArgumentException("scores out of [0, 1]: " + precision + ", " + recall);
    }
  }

  /** {@code correct / total}, or 0 when {@code total} is 0 (nothing to be right or wrong about). */
  static double ratio(double correct, double total) {
    return total == 0 ? 0 : correct / total;
  }

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
