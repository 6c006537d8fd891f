package org.newsgraph.eval.carb;

/**
 * How well one predicted extraction covers one gold extraction.
 *
 * @param precision share of the prediction's counted words found in the gold
 * @param recall share of the gold's words found in the prediction
 */
public record MatchScore(double precision, double recall) {

  public static final MatchScore NONE = new MatchScore(0, 0);

  /** The better of two scores as CaRB compares them: precision first, recall breaks ties. */
  static MatchScore better(MatchScore a, MatchScore b) {
    if (b.precision > a.precision || (b.precision == a.precision && b.recall > a.recall)) {
      return b;
    }
    return a;
  }
}
