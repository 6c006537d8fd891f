package org.newsgraph.eval.carb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Scores system extractions against CaRB gold, as the official scorer does by default ("CaRB",
 * multi-match recall, one-to-one precision).
 *
 * <p>Input: gold and predicted extractions in file order (order breaks ties). Output: a {@link
 * CarbResult}. Sentences are aligned on {@link SentenceKey}; predictions on sentences without gold
 * are ignored. Every distinct confidence is a threshold; at each one a sentence contributes the
 * precision of a greedy one-to-one matching of its kept predictions and, per gold extraction, the
 * best recall any kept prediction reaches. Stateless and thread-safe.
 */
public final class CarbScorer {

  private final LenientMatcher matcher = new LenientMatcher();

  public CarbResult score(List<CarbExtraction> gold, List<CarbExtraction> predicted) {
    Map<String, List<CarbExtraction>> goldBySentence =
        bySentenceKey(gold, e -> PythonText.strip(e.sentence()));
    Map<String, List<CarbExtraction>> predictedBySentence =
        bySentenceKey(predicted, CarbExtraction::sentence);
    double[] thresholds = predicted.stream().mapToDouble(CarbExtraction::confidence)
        .distinct().sorted().toArray();

    CurveSums sums = new CurveSums(thresholds);
    int goldExtractions = 0;
    int scoredExtractions = 0;
    for (Map.Entry<String, List<CarbExtraction>> sentence : goldBySentence.entrySet()) {
      List<CarbExtraction> golds = sentence.getValue();
      List<CarbExtraction> predictions =
          predictedBySentence.getOrDefault(sentence.getKey(), List.of());
      goldExtractions += golds.size();
      scoredExtractions += predictions.size();
      sums.add(golds.size(), predictions, scoreMatrix(golds, predictions));
    }

    List<PrPoint> curve = sums.curve();
    int best = bestF1Index(curve);
    PrPoint top = best < 0 ? new PrPoint(Double.NaN, 0, 0) : curve.get(best);
    return new CarbResult(
        top.precision(), top.recall(), top.f1(), top.threshold(), areaUnderCurve(curve),
        goldBySentence.size(), goldExtractions, predicted.size(), scoredExtractions, curve);
  }

  /**
   * Groups by sentence, then re-keys the groups by {@link SentenceKey}. When two sentences share a
   * key the later group replaces the earlier one in the earlier one's place, as re-keying a
   * Python dict does.
   */
  private static Map<String, List<CarbExtraction>> bySentenceKey(
      List<CarbExtraction> extractions, Function<CarbExtraction, String> sentence) {
    Map<String, List<CarbExtraction>> bySentence = new LinkedHashMap<>();
    for (CarbExtraction e : extractions) {
      bySentence.computeIfAbsent(sentence.apply(e), s -> new ArrayList<>()).add(e);
    }
    Map<String, List<CarbExtraction>> byKey = new LinkedHashMap<>();
    bySentence.forEach((s, group) -> byKey.put(SentenceKey.of(s), group));
    return byKey;
  }

  private MatchScore[][] scoreMatrix(List<CarbExtraction> golds, List<CarbExtraction> predictions) {
    List<MatchTuple> predictedTuples = predictions.stream().map(MatchTuple::of).toList();
    MatchScore[][] scores = new MatchScore[golds.size()][predictions.size()];
    for (int i = 0; i < golds.size(); i++) {
      MatchTuple gold = MatchTuple.of(golds.get(i));
      for (int j = 0; j < predictedTuples.size(); j++) {
        scores[i][j] = matcher.score(gold, predictedTuples.get(j));
      }
    }
    return scores;
  }

  private static int bestF1Index(List<PrPoint> curve) {
    int best = -1;
    for (int t = 0; t < curve.size(); t++) {
      if (best < 0 || curve.get(t).f1() > curve.get(best).f1()) {
        best = t;
      }
    }
    return best;
  }

  /**
   * Trapezoid area from the lowest threshold's point along the curve to (recall 0, precision 1).
   * Not extended to recall 1, as in CaRB (sklearn's {@code auc} on the points).
   */
  static double areaUnderCurve(List<PrPoint> curve) {
    if (curve.isEmpty()) {
      return 0;
    }
    List<PrPoint> points = new ArrayList<>(curve);
    points.add(new PrPoint(Double.POSITIVE_INFINITY, 1, 0));
    double area = 0;
    for (int t = 0; t + 1 < points.size(); t++) {
      PrPoint a = points.get(t);
      PrPoint b = points.get(t + 1);
      area += (a.recall() - b.recall()) * (a.precision() + b.precision()) / 2.0;
    }
    return area;
  }

  /** Per-threshold numerators and denominators of precision and recall, summed over sentences. */
  private static final class CurveSums {
    private final double[] thresholds;
    private final double[] precisionSum;
    private final long[] predictionCount;
    private final double[] recallSum;
    private final long[] goldCount;

    CurveSums(double[] thresholds) {
      this.thresholds = thresholds;
      int n = thresholds.length;
      precisionSum = new double[n];
      predictionCount = new long[n];
      recallSum = new double[n];
      goldCount = new long[n];
    }

    /**
     * Adds one sentence. Each of its confidences {@code conf} sets the values for the thresholds
     * above the previous confidence up to {@code conf}: those keep exactly the predictions with
     * confidence at least {@code conf}.
     */
    void add(int golds, List<CarbExtraction> predictions, MatchScore[][] scores) {
      double[] confidences =
          predictions.stream().mapToDouble(CarbExtraction::confidence).sorted().toArray();
      int from = 0;
      for (double confidence : confidences) {
        int to = Arrays.binarySearch(thresholds, confidence);
        if (to < from) {
          continue; // a repeated confidence: its thresholds are already done
        }
        int[] kept = keptAt(predictions, confidence);
        double precision = greedyPrecision(scores, golds, kept);
        double recall = bestRecalls(scores, golds, kept);
        for (int t = from; t <= to; t++) {
          precisionSum[t] += precision;
          predictionCount[t] += kept.length;
          recallSum[t] += recall;
          goldCount[t] += golds;
        }
        from = to + 1;
      }
      // Above its highest confidence a sentence has no predictions, but its golds still count.
      for (int t = from; t < thresholds.length; t++) {
        goldCount[t] += golds;
      }
    }

    List<PrPoint> curve() {
      List<PrPoint> curve = new ArrayList<>(thresholds.length);
      for (int t = 0; t < thresholds.length; t++) {
        double p = predictionCount[t] == 0 ? 1 : precisionSum[t] / predictionCount[t];
        double r = goldCount[t] == 0 ? 0 : recallSum[t] / goldCount[t];
        curve.add(new PrPoint(thresholds[t], p, r));
      }
      return curve;
    }

    private static int[] keptAt(List<CarbExtraction> predictions, double confidence) {
      return IntStream.range(0, predictions.size())
          .filter(j -> predictions.get(j).confidence() >= confidence)
          .toArray();
    }

    /** Sum over gold rows of the best recall among the kept predictions (one may serve many). */
    private static double bestRecalls(MatchScore[][] scores, int golds, int[] kept) {
      double sum = 0;
      for (int i = 0; i < golds; i++) {
        double best = 0;
        for (int j : kept) {
          best = Math.max(best, scores[i][j].recall());
        }
        sum += best;
      }
      return sum;
    }

    /**
     * Greedy one-to-one matching on precision: repeatedly take the unused (gold, prediction) pair
     * with the strictly greatest precision, scanning rows then kept columns in order, so the first
     * maximum wins and a 0 can be taken.
     */
    private static double greedyPrecision(MatchScore[][] scores, int golds, int[] kept) {
      boolean[] rowUsed = new boolean[golds];
      boolean[] columnUsed = new boolean[kept.length];
      double sum = 0;
      for (int pair = Math.min(golds, kept.length); pair > 0; pair--) {
        double best = -1;
        int bestRow = -1;
        int bestColumn = -1;
        for (int i = 0; i < golds; i++) {
          for (int c = 0; c < kept.length && !rowUsed[i]; c++) {
            double p = scores[i][kept[c]].precision();
            if (!columnUsed[c] && p > best) {
              best = p;
              bestRow = i;
              bestColumn = c;
            }
          }
        }
        sum += best;
        rowUsed[bestRow] = true;
        columnUsed[bestColumn] = true;
      }
      return sum;
    }
  }
}
