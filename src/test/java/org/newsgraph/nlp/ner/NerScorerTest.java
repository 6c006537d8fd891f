package org.newsgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScorerTest {

  /*
   * Sentence 1, gold: [John Smith]PER visited [New York]LOC .
   *             pred: [John Smith]PER visited [New]LOC York .   -> PER right, LOC boundary wrong
   * Sentence 2, gold: [Reuters]ORG said [Paris]LOC
   *             pred: [Reuters]LOC said [Paris]LOC               -> ORG typed as LOC, Paris right
   * Gold: PER 1, LOC 2, ORG 1 = 4. Found: PER 1, LOC 3 = 4. Correct: PER 1, LOC 1 = 2.
   * Overall P = 2/4, R = 2/4. LOC P = 1/3, R = 1/2. PER P = R = 1. ORG P = 0 (none found), R = 0.
   */
  @Test
  void countsEntitiesWithExactBoundariesAndType() {
    NerScorer scorer = new NerScorer();
    scorer.addTags(
        List.of("B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O"),
        List.of("B-PER", "I-PER", "O", "B-LOC", "O", "O"));
    scorer.addTags(
        List.of("B-ORG", "O", "B-LOC"),
        List.of("B-LOC", "O", "B-LOC"));

    NerScores scores = scorer.scores();

    assertThat(scores.overall()).isEqualTo(new NerScores.Counts(4, 4, 2));
    assertThat(scores.overall().precision()).isEqualTo(0.5);
    assertThat(scores.overall().recall()).isEqualTo(0.5);
    assertThat(scores.overall().f1()).isEqualTo(0.5);
    assertThat(scores.byType().get("LOC").precision()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(scores.byType().get("LOC").recall()).isEqualTo(0.5);
    assertThat(scores.byType().get("LOC").f1()).isCloseTo(0.4, within(1e-12));
    assertThat(scores.byType().get("PER").f1()).isEqualTo(1.0);
    assertThat(scores.byType().get("ORG")).isEqualTo(new NerScores.Counts(1, 0, 0));
    assertThat(scores.byType().get("ORG").f1()).isZero();
    assertThat(scores.tokens()).isEqualTo(9);
    assertThat(scores.report()).contains("overall").contains("0.5000");
  }

  @Test
  void adjacentEntitiesOfOneTypeStaySeparate() {
    NerScorer scorer = new NerScorer();
    // gold: [Bonn]LOC [Berlin]LOC; pred merges them into one LOC: nothing correct.
    scorer.addTags(List.of("B-LOC", "B-LOC"), List.of("B-LOC", "I-LOC"));
    assertThat(scorer.scores().overall()).isEqualTo(new NerScores.Counts(2, 1, 0));
  }
}
