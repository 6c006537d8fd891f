package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelationTypesTest {

  @ParameterizedTest
  @ValueSource(strings = {"MEET", "PRAISE", "GO_BACK_ON", "PULL_OUT_OF", "KNOCK_OUT", "PRESIDENT_OF",
      "FINANCE_MINISTER_OF", "CHIEF_EXECUTIVE_OF", "VICE_PRESIDENT_OF", "MANAGER_OF", "SAY", "FÊTE"})
  void typesOfTheVocabularyAreKnown(String type) {
    assertThat(RelationTypes.isKnown(type)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"REL_", "REL_250M", "REL_03", "S", "X", "MANAGER_SIR_OF", "SPOKESMAN_MR_OF",
      "CHIEF_EXECUTIVE_LORD_OF", "PRESIDENT_MONDAY_OF", "PRESSE", "ADMIRED", "RELIES", "FULFILS", "BEATEN", "SACKE",
      "BUSY", "LIFE", "SINGLE_CHART", "MEET_", "meet", "GO_BACK_ON_TO_WITH"})
  void junkTypesAreNot(String type) {
    assertThat(RelationTypes.isKnown(type)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"admired, admired, admire", "pressing, presse, press", "relies, relies, rely", "fulfils, fulfils, fulfil",
      "beaten, beaten, beat", "sacked, sacke, sack", "BUYS, busy, buy", "lives, life, live", "planned, planned, plan",
      "upheld, upheld, uphold", "met, meet, meet"})
  void verbLemmasAreRepaired(String word, String modelLemma, String lemma) {
    assertThat(RelationTypes.verbLemma(word, modelLemma)).isEqualTo(lemma);
  }

  @Test
  void aWordThatIsNoVerbHasNoLemma() {
    assertThat(RelationTypes.verbLemma("leadsnosoftwarepatent", "leadsnosoftwarepatent")).isNull();
    assertThat(RelationTypes.verbLemma("'03", "'03")).isNull();
  }

  @Test
  void rolesDropHonorificsAndRefuseDaysAndOtherWords() {
    assertThat(RelationTypes.role("manager Sir")).isEqualTo("manager");
    assertThat(RelationTypes.role("Chief Executive Lord")).isEqualTo("chief executive");
    assertThat(RelationTypes.role("Sir")).isNull();
    assertThat(RelationTypes.role("Monday president")).isNull();
    assertThat(RelationTypes.role("Former")).isNull();
  }
}
