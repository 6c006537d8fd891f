package org.newsgraph.eval.carb;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * CaRB's figures for one system on one gold set.
 *
 * @param precision precision at the optimal-F1 threshold
 * @param recall recall at the optimal-F1 threshold
 * @param f1 the optimal F1 (the first threshold reaching it, in ascending order)
 * @param threshold the confidence threshold of the optimal F1; NaN when there are no predictions
 * @param auc area under the precision/recall curve, closed by the point (recall 0, precision 1)
 * @param goldSentences sentences with at least one gold extraction: the sentences scored
 * @param goldExtractions gold extractions (context arguments already dropped by the reader)
 * @param predictedExtractions all predictions given to the scorer
 * @param scoredExtractions predictions on gold sentences; the others cannot match and are
 *     ignored, so a large gap means sentences were not aligned
 * @param curve one point per distinct confidence, in ascending threshold order (recall
 *     non-increasing); the first point is the "zero confidence" one that keeps every prediction
 */
public record CarbResult(
    double precision,
    double recall,
    double f1,
    double threshold,
    double auc,
    int goldSentences,
    int goldExtractions,
    int predictedExtractions,
    int scoredExtractions,
    List<PrPoint> curve) {

  public CarbResult {
    curve = List.copyOf(curve);
  }

  /** A figure as CaRB prints it: Python's {@code round(x, 3)}, half-even on the exact value. */
  public static BigDecimal rounded(double value) {
    return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN);
  }
}
