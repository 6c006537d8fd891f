package org.newsgraph.eval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two one-sentence documents about one man, named in full in one and by surname in the other. */
class IdentityEvaluationTest {

  private static final EcbDocument FULL = new EcbDocument("5_1ecb", List.of(
      new EcbSentence(0, List.of("The", "team", "fired", "Maurice", "Cheeks", "."))));
  private static final EcbDocument SHORT = new EcbDocument("5_2ecb", List.of(
      new EcbSentence(0, List.of("The", "team", "fired", "Cheeks", "in", "Portland", "."))));
  private static final EcbCorpus CORPUS = new EcbCorpus(List.of(FULL, SHORT), List.of(
      new GoldMention("HUM1", FULL.id(), 0, List.of(3, 4), "Maurice Cheeks", "HUM"),
      new GoldMention("HUM1", SHORT.id(), 0, List.of(3), "Cheeks", "HUM"),
      new GoldMention("LOC1", SHORT.id(), 0, List.of(5), "Portland", "LOC"),
      new GoldMention("HUM2", FULL.id(), 0, List.of(1), "team", "HUM")));

  private static final Map<String, String> TEXT = Map.of(FULL.id(), "The team fired Maurice Cheeks.",
      SHORT.id(), "The team fired Cheeks in Portland.");

  @Test
  void theGraphSplitsWhatTheHeadBaselineJoins() {
    Map<String, List<GraphMention>> graph = Map.of(
        FULL.id(), List.of(new GraphMention(15, 29, "Maurice Cheeks", "person:maurice cheeks", "Person")),
        SHORT.id(), List.of(new GraphMention(15, 21, "Cheeks", "person:cheeks", "Person")));
    IdentityEvaluation.Result r = IdentityEvaluation.evaluate(CORPUS, id -> Optional.ofNullable(TEXT.get(id)),
        graph::get, 5);
    assertThat(r.names()).isEqualTo(3); // "team" is no name
    assertThat(r.covered()).hasSize(2);
    assertThat(r.uncovered()).containsExactly(Map.entry("Portland", 1));
    assertThat(r.coverage()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.chains()).isEqualTo(1);
    assertThat(r.crossDocumentChains()).isEqualTo(1);
    assertThat(r.scores().get(IdentitySystem.NEWSGRAPH).crossDocumentPairs().recall()).isZero();
    assertThat(r.scores().get(IdentitySystem.EXACT).crossDocumentPairs().recall()).isZero();
    assertThat(r.scores().get(IdentitySystem.HEAD).crossDocumentPairs().f1()).isCloseTo(1, within(1e-9));
    assertThat(r.errors().splitChains()).singleElement().satisfies(g -> {
      assertThat(g.id()).isEqualTo("HUM1");
      assertThat(g.parts()).extracting(IdentityErrors.Part::id)
          .containsExactlyInAnyOrder("person:maurice cheeks", "person:cheeks");
    });
    assertThat(r.errors().joiningEntities()).isEmpty();
  }

  @Test
  void anArticleMissingFromTheGraphCoversNothing() {
    IdentityEvaluation.Result r = IdentityEvaluation.evaluate(CORPUS, id -> Optional.empty(), id -> List.of(), 5);
    assertThat(r.notLoaded()).isEqualTo(2);
    assertThat(r.covered()).isEmpty();
    assertThat(r.coverage()).isZero();
  }
}
