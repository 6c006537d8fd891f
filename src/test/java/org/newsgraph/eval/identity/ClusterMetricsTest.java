package org.newsgraph.eval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * B-cubed, MUC and cross-document pairs on chains small enough to score by hand. The main case:
 * gold K1 = {a, b, c}, K2 = {d, e}; system R1 = {a, b}, R2 = {c, d, e}; a and b in document 1, c
 * and d in document 2, e in document 3.
 */
class ClusterMetricsTest {

  private static final double EPS = 1e-9;

  private static final List<ScoredMention> SPLIT_AND_JOIN = List.of(
      new ScoredMention("doc1", "K1", "R1"),  // a
      new ScoredMention("doc1", "K1", "R1"),  // b
      new ScoredMention("doc2", "K1", "R2"),  // c
      new ScoredMention("doc2", "K2", "R2"),  // d
      new ScoredMention("doc3", "K2", "R2")); // e

  @Test
  void bCubedAveragesEachMentionsShares() {
    // precision: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 → 11/3 / 5; recall: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 → 11/3 / 5
    ClusterScore s = BCubed.score(SPLIT_AND_JOIN);
    assertThat(s.precision()).isCloseTo(11.0 / 15, within(EPS));
    assertThat(s.recall()).isCloseTo(11.0 / 15, within(EPS));
    assertThat(s.f1()).isCloseTo(11.0 / 15, within(EPS));
  }

  @Test
  void mucCountsTheLinksKept() {
    // recall: K1 is cut in 2 parts (3 − 2 = 1 of 2 links), K2 in 1 (1 of 1) → 2/3;
    // precision: R1 within K1 (1 of 1), R2 cut in 2 (1 of 2) → 2/3
    ClusterScore s = Muc.score(SPLIT_AND_JOIN);
    assertThat(s.precision()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(EPS));
  }

  @Test
  void crossDocumentPairsLeaveOutPairsWithinADocument() {
    // system pairs across documents: (c,e), (d,e) — (a,b) and (c,d) share a document;
    // gold pairs across documents: (a,c), (b,c), (d,e); right: (d,e)
    ClusterScore s = CrossDocumentPairs.score(SPLIT_AND_JOIN);
    assertThat(s.precision()).isCloseTo(1.0 / 2, within(EPS));
    assertThat(s.recall()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(s.f1()).isCloseTo(2 * (1.0 / 2) * (1.0 / 3) / (1.0 / 2 + 1.0 / 3), within(EPS));
  }

  @Test
  void singletonsAgainstOneChain() {
    // gold: one chain x, y, z in three documents; system: three singletons
    List<ScoredMention> m = List.of(new ScoredMention("d1", "G", "S1"), new ScoredMention("d2", "G", "S2"),
        new ScoredMention("d3", "G", "S3"));
    assertThat(BCubed.score(m).precision()).isCloseTo(1, within(EPS));
    assertThat(BCubed.score(m).recall()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(Muc.score(m).recall()).isZero();
    assertThat(Muc.score(m).precision()).isZero(); // the system has no links at all
    assertThat(CrossDocumentPairs.score(m).recall()).isZero();
    assertThat(CrossDocumentPairs.score(m).f1()).isZero();
  }

  @Test
  void oneEntityForEverythingHasFullRecall() {
    // gold: {a, b} and {c}; system: {a, b, c}; each in its own document
    List<ScoredMention> m = List.of(new ScoredMention("d1", "G1", "S"), new ScoredMention("d2", "G1", "S"),
        new ScoredMention("d3", "G2", "S"));
    // B-cubed precision: a 2/3, b 2/3, c 1/3 → 5/9
    assertThat(BCubed.score(m).precision()).isCloseTo(5.0 / 9, within(EPS));
    assertThat(BCubed.score(m).recall()).isCloseTo(1, within(EPS));
    // MUC precision: S is cut in 2 parts by gold: (3 − 2) / (3 − 1)
    assertThat(Muc.score(m).precision()).isCloseTo(1.0 / 2, within(EPS));
    assertThat(Muc.score(m).recall()).isCloseTo(1, within(EPS));
    // pairs: system (a,b), (a,c), (b,c); gold (a,b)
    assertThat(CrossDocumentPairs.score(m).precision()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(CrossDocumentPairs.score(m).recall()).isCloseTo(1, within(EPS));
  }

  @Test
  void perfectClusteringScoresOne() {
    for (ClusterScore s : List.of(BCubed.score(SPLIT_AND_JOIN.stream()
        .map(m -> new ScoredMention(m.document(), m.gold(), m.gold())).toList()),
        Muc.score(SPLIT_AND_JOIN.stream().map(m -> new ScoredMention(m.document(), m.gold(), m.gold())).toList()))) {
      assertThat(s.f1()).isCloseTo(1, within(EPS));
    }
  }
}
