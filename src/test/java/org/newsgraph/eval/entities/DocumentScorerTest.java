package org.newsgraph.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentScorerTest {

  private static TypedSurface n(String text, String type) {
    return new TypedSurface(text, type);
  }

  @Test
  void countsEachDistinctNameOncePerDocument() {
    DocumentScorer scorer = new DocumentScorer();
    scorer.add(List.of(n("Karin Lund", "PER"), n("Lund", "PER"), n("Lund", "PER"), n("Oslo", "LOC")),
        List.of(n("Karin Lund", "PER"), n("LUND", "PER"), n("Oslo", "ORG")));
    EntityScores s = scorer.scores(15);
    assertThat(s.typed(EntityScores.ALL)).isEqualTo(new Prf(2, 3, 3));
    assertThat(s.typed("PER")).isEqualTo(new Prf(2, 2, 2));
    assertThat(s.typed("LOC")).isEqualTo(new Prf(0, 0, 1));
    assertThat(s.typed("ORG")).isEqualTo(new Prf(0, 1, 0));
    assertThat(s.untyped()).isEqualTo(new Prf(3, 3, 3));
  }

  @Test
  void aNameInAnotherDocumentCountsThereToo() {
    DocumentScorer scorer = new DocumentScorer();
    scorer.add(List.of(n("Peru", "LOC")), List.of(n("Peru", "LOC")));
    scorer.add(List.of(n("Peru", "LOC"), n("Chile", "LOC")), List.of(n("Lima", "LOC")));
    EntityScores s = scorer.scores(15);
    assertThat(s.documents()).isEqualTo(2);
    assertThat(s.typed(EntityScores.ALL)).isEqualTo(new Prf(1, 2, 3));
    assertThat(s.typed(EntityScores.ALL).precision()).isEqualTo(0.5);
    assertThat(s.misses()).containsExactly(new EntityScores.Count(n("Chile", "LOC"), 1),
        new EntityScores.Count(n("Peru", "LOC"), 1));
    assertThat(s.falsePositives()).containsExactly(new EntityScores.Count(n("Lima", "LOC"), 1));
  }

  @Test
  void listsTheMostFrequentFirstUpToTheLimit() {
    DocumentScorer scorer = new DocumentScorer();
    scorer.add(List.of(n("Quito", "LOC")), List.of());
    scorer.add(List.of(n("Quito", "LOC"), n("Bogota", "LOC")), List.of());
    assertThat(scorer.scores(1).misses()).containsExactly(new EntityScores.Count(n("Quito", "LOC"), 2));
  }
}
