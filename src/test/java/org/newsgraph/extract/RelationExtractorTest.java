package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One sentence per construction; names come from a stub name finder, the rest is the real OpenNLP models. */
class RelationExtractorTest {

  private static List<String> triples(String sentence) {
    return Fixtures.extract("", sentence).relations().stream()
        .map(r -> r.subject().name() + " " + r.predicate().type() + " " + r.object().name()
            + (r.predicate().negated() ? " (negated)" : ""))
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Angela Merkel praised Emmanuel Macron on Tuesday.                   | Angela Merkel PRAISE Emmanuel Macron",
      "Angela Merkel commended Emmanuel Macron for his courage.            | Angela Merkel PRAISE Emmanuel Macron",
      "Angela Merkel met with Emmanuel Macron in Paris.                    | Angela Merkel MEET Emmanuel Macron",
      "Angela Merkel did not meet Emmanuel Macron.                         | Angela Merkel MEET Emmanuel Macron (negated)",
      "Macron, who has criticized Germany for its budget, imposed tariffs. | Macron IMPOSE tariffs",
      "Emmanuel Macron was praised by Angela Merkel.                       | Angela Merkel PRAISE Emmanuel Macron",
      "Angela Merkel asked Spain to help.                                  | Angela Merkel ASK Spain",
      "Nordbank bought Acme Steel and sold its shares.                     | Nordbank BUY Acme Steel",
  })
  void extractsTheRelationOfEachConstruction(String sentence, String expected) {
    assertThat(triples(sentence)).contains(expected.strip());
  }

  @Test
  void aVerbWhoseLemmaIsToDoesNotBreakTheSentence() {
    // A Reuters typo: "ot" is tagged as a verb and lemmatised to "to".
    String sentence = "Nordbank reported a loss of 30 mln dlrs ot 17 cts a share for repurchase of bonds.";
    assertThat(Fixtures.extract("", sentence).sentences()).hasSize(1);
  }

  @Test
  void coordinatedSubjectsGiveOneRelationEach() {
    assertThat(triples("Angela Merkel and Emmanuel Macron visited Spain."))
        .contains("Angela Merkel VISIT Spain", "Emmanuel Macron VISIT Spain");
  }

  @Test
  void reportedClauseGivesTheInnerRelationAndWhatWasSaid() {
    List<String> found = triples("Angela Merkel said Emmanuel Macron visited Spain.");
    assertThat(found).contains("Emmanuel Macron VISIT Spain", "Angela Merkel SAY Emmanuel Macron visited Spain");
  }

  @Test
  void infinitiveIsNotStatedAsDone() {
    assertThat(triples("Angela Merkel asked Spain to help France."))
        .containsExactly("Angela Merkel ASK Spain");
  }

  @Test
  void dateAndPlaceBecomeProperties() {
    Relation r = Fixtures.extract("", "Angela Merkel met with Emmanuel Macron in Paris on June 3.").relations().get(0);
    assertThat(r.place()).isEqualTo("Paris");
    assertThat(r.date()).isEqualTo("June 3");
    assertThat(r.predicate().text()).isEqualTo("met with");
    assertThat(r.predicate().verb()).isEqualTo("meet with");
  }

  @Test
  void conceptObjectsKeepTheirWordsAndAKeyFromTheLemma() {
    Relation r = Fixtures.extract("", "Nordbank raised interest rates.").relations().get(0);
    assertThat(r.object().type()).isEqualTo(Argument.CONCEPT);
    assertThat(r.object().name()).isEqualTo("interest rates");
    assertThat(r.object().key()).isEqualTo("concept:interest rate");
  }

  @Test
  void confidenceIsHigherForANamedObjectThanForAConcept() {
    double named = Fixtures.extract("", "Nordbank bought Acme Steel.").relations().get(0).confidence();
    double concept = Fixtures.extract("", "Nordbank bought new offices.").relations().get(0).confidence();
    assertThat(named).isGreaterThan(concept);
  }

  @Test
  void sentencesWithoutNamedSubjectsGiveNothing() {
    assertThat(triples("The committee praised the plan.")).isEmpty();
  }
}
