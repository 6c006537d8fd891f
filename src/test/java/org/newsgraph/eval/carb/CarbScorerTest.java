package org.newsgraph.eval.carb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CarbScorerTest {

  private static final String KIM = "Kim met Trump in Singapore .";
  private static final String PUTIN = "Putin praised Trump .";

  private static final List<CarbExtraction> GOLD = List.of(
      CarbExtraction.gold(KIM, "met", List.of("Kim", "Trump")),            // A1
      CarbExtraction.gold(KIM, "met in", List.of("Kim", "Singapore")),     // A2
      CarbExtraction.gold(PUTIN, "praised", List.of("Putin", "Trump")));   // B1

  private static final List<CarbExtraction> PREDICTED = List.of(
      new CarbExtraction(KIM, 0.9, "met", List.of("Kim", "Trump")),                   // a1
      new CarbExtraction(KIM, 0.5, "met", List.of("Kim", "Trump in Singapore")),      // a2
      new CarbExtraction(PUTIN, 0.7, "praised", List.of("Trump", "Putin")),           // b1
      new CarbExtraction("Nobody here .", 0.6, "is", List.of("nobody")));             // no gold

  /*
   * By hand. Scores [prec, rec] (words matched / predicted words, / gold words):
   *   A1-a1 [3/3, 3/3]   A1-a2: rel 1/1, Kim 1/1, "Trump in Singapore" 1 of 3 -> [3/5, 3/3]
   *   A2-a1: rel "met" 1 of P1/G2, Kim 1/1, Trump vs Singapore 0/1 -> [2/3, 2/4]
   *   A2-a2: rel 1 (P1/G2), Kim 1/1, Singapore 1 (P3/G1) -> [3/5, 3/4]
   *   B1-b1: rel 1/1, subject and object swapped, 0 and 0 -> [1/3, 1/3] (not a "said" relation)
   * Thresholds (all distinct confidences, the no-gold sentence's 0.6 too): 0.5, 0.6, 0.7, 0.9.
   * Sentence A, conf 0.5 (t=0): keeps a1, a2. Recall 1 + max(1/2, 3/4) = 1.75. Greedy precision:
   *   A1-a1 (1), then A2-a2 (0.6): 1.6. -> t0 += p 1.6, 2 predictions, r 1.75, 2 golds.
   * Sentence A, conf 0.9 (t=1..3): keeps a1. Recall 1 + 1/2 = 1.5; precision A1-a1 = 1.
   * Sentence B, conf 0.7 (t=0..2): precision 1/3, recall 1/3, 1 prediction; t=3 adds 1 gold.
   * t0: P = (1.6 + 1/3)/3 = 29/45, R = (1.75 + 1/3)/3 = 25/36, F1 = 1450/2169 = 0.6685
   * t1, t2: P = (4/3)/2 = 2/3, R = (1.5 + 1/3)/3 = 11/18, F1 = 44/69 = 0.6377
   * t3: P = 1/1, R = 1.5/3 = 1/2, F1 = 2/3
   * Best F1 at t0 (confidence 0.5). AUC over (R, P) = (25/36, 29/45), (11/18, 2/3) twice,
   * (1/2, 1), then (0, 1): 3/36 * (59/45)/2 + 0 + 1/9 * (5/3)/2 + 1/2 * 2/2
   *   = 59/1080 + 100/1080 + 540/1080 = 699/1080 = 0.6472.
   */
  @Test
  void scoresHandComputedExample() {
    CarbResult result = new CarbScorer().score(GOLD, PREDICTED);

    assertThat(result.precision()).isCloseTo(29.0 / 45, within(1e-12));
    assertThat(result.recall()).isCloseTo(25.0 / 36, within(1e-12));
    assertThat(result.f1()).isCloseTo(1450.0 / 2169, within(1e-12));
    assertThat(result.threshold()).isEqualTo(0.5);
    assertThat(result.auc()).isCloseTo(699.0 / 1080, within(1e-12));
    assertThat(result.curve()).extracting(PrPoint::threshold).containsExactly(0.5, 0.6, 0.7, 0.9);
    assertThat(result.curve().get(3).precision()).isEqualTo(1.0);
    assertThat(result.curve().get(3).recall()).isEqualTo(0.5);
    assertThat(result.goldSentences()).isEqualTo(2);
    assertThat(result.goldExtractions()).isEqualTo(3);
    assertThat(result.predictedExtractions()).isEqualTo(4);
    assertThat(result.scoredExtractions()).isEqualTo(3);
  }

  @Test
  void alignsSentencesThatDifferOnlyInSpacingAndBrackets() {
    List<CarbExtraction> gold =
        List.of(CarbExtraction.gold("He left ( briefly ) .", "left", List.of("He")));
    List<CarbExtraction> predicted =
        List.of(new CarbExtraction("He left -LRB- briefly -RRB-.", 0.5, "left", List.of("He")));

    CarbResult result = new CarbScorer().score(gold, predicted);

    assertThat(result.scoredExtractions()).isEqualTo(1);
    assertThat(result.f1()).isEqualTo(1.0);
  }

  @Test
  void greedyPrecisionMatchesEachPredictionOnceButRecallMayReuseIt() {
    String s = "A met B .";
    List<CarbExtraction> gold = List.of(
        CarbExtraction.gold(s, "met", List.of("A", "B")),
        CarbExtraction.gold(s, "met", List.of("A", "B")));
    List<CarbExtraction> predicted = List.of(new CarbExtraction(s, 1.0, "met", List.of("A", "B")));

    CarbResult result = new CarbScorer().score(gold, predicted);

    // One prediction serves both golds for recall; precision counts it once.
    assertThat(result.precision()).isEqualTo(1.0);
    assertThat(result.recall()).isEqualTo(1.0);
    // A single operating point: AUC = R * (P + 1) / 2.
    assertThat(result.auc()).isEqualTo(1.0);
  }

  @Test
  void noPredictionsGiveZeros() {
    CarbResult result = new CarbScorer().score(GOLD, List.of());

    assertThat(result.f1()).isZero();
    assertThat(result.auc()).isZero();
    assertThat(result.curve()).isEmpty();
    assertThat(result.threshold()).isNaN();
  }
}
