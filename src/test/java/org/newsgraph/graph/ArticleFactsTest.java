package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How one article's relation rows fold into facts, on rows made by hand. */
class ArticleFactsTest {

  private static Map<String, Object> row(String to, String modality, int sentence, String text, double confidence,
      String date, String place) {
    Map<String, Object> row = new HashMap<>();
    row.put("from", "entity:miralund");
    row.put("type", "MEET");
    row.put("to", to);
    row.put("negated", false);
    row.put("modality", modality);
    row.put("sentenceId", "a#" + sentence);
    row.put("text", text);
    row.put("confidence", confidence);
    row.put("date", date);
    row.put("place", place);
    return row;
  }

  @Test
  void aFactKeepsItsFirstWordsEverySentenceOnceTheHighestConfidenceAndTheFirstDateAndPlace() {
    List<Map<String, Object>> facts = ArticleFacts.fold(List.of(
        row("entity:tobiokafor", "asserted", 0, "meets", 0.6, null, "Oslo"),
        row("entity:tobiokafor", "asserted", 3, "met", 0.9, "Monday", "Bergen"),
        row("entity:tobiokafor", "asserted", 3, "met with", 0.7, "Tuesday", null)));

    assertThat(facts).singleElement().satisfies(f -> assertThat(f)
        .containsEntry("sentenceId", "a#0").containsEntry("text", "meets")
        .containsEntry("sentenceIds", List.of("a#0", "a#3")).containsEntry("count", 2)
        .containsEntry("confidence", 0.9).containsEntry("date", "Monday").containsEntry("place", "Oslo"));
  }

  @Test
  void anotherObjectOrModalityIsAnotherFact() {
    List<Map<String, Object>> facts = ArticleFacts.fold(List.of(
        row("entity:tobiokafor", "asserted", 0, "met", 0.6, null, null),
        row("entity:tobiokafor", "intended", 1, "will meet", 0.6, null, null),
        row("entity:saltvik", "asserted", 2, "met", 0.6, null, null),
        row("entity:tobiokafor", "asserted", 4, "met", 0.6, null, null)));

    assertThat(facts).extracting(f -> f.get("sentenceIds"))
        .containsExactly(List.of("a#0", "a#4"), List.of("a#1"), List.of("a#2"));
  }
}
