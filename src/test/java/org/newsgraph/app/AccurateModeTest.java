package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.eval.carb.CarbExtraction;
import picocli.CommandLine;

/**
 * The accurate open-extraction mode, with the shipped parser model: it keeps the clauses that a
 * noun reading of the verb loses in the fast mode, and reads ordinary sentences as the fast mode does.
 */
class AccurateModeTest {

  private static CarbSentences accurate;

  @BeforeAll
  static void loadModels() {
    accurate = Extraction.carbFromShippedModels(ExtractionMode.ACCURATE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Verbs that the tagger reads as the plural noun of a compound subject.
      "The budget cut lives in the report .      | lives in | The budget cut      | the report",
      "The new tax hike costs families dearly .  | costs    | The new tax hike    | families dearly",
      "The storm damage costs the town millions . | costs   | The storm damage    | the town millions",
      // A participle tag on the second of two coordinated past-tense verbs.
      "They sold the farm and bought a boat .     | bought   | They                | a boat",
      // Read as in the fast mode.
      "Her father runs a bakery .                | runs     | Her father          | a bakery",
      "The council rejected the plan .           | rejected | The council         | the plan",
  })
  void readsTheClause(String sentence, String relation, String subject, String object) {
    List<CarbExtraction> found = accurate.extract(sentence);

    assertThat(found).anySatisfy(e -> {
      assertThat(e.relation()).isEqualTo(relation);
      assertThat(e.args()).startsWith(subject, object);
    });
  }

  @Test
  void keepsTheSentenceAsRead() {
    String sentence = "The mayor ( a lawyer ) opened the bridge .";

    assertThat(accurate.extract(sentence)).isNotEmpty().allSatisfy(e -> assertThat(e.sentence()).isEqualTo(sentence));
  }

  @ParameterizedTest
  @CsvSource({"fast, FAST", "Accurate, ACCURATE", "ACCURATE, ACCURATE"})
  void modeNamesInAnyCase(String name, ExtractionMode mode) {
    assertThat(new ExtractionMode.Converter().convert(name)).isEqualTo(mode);
  }

  @Test
  void rejectsUnknownModes() {
    assertThatThrownBy(() -> new ExtractionMode.Converter().convert("quick"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageContaining("fast or accurate");
  }
}
