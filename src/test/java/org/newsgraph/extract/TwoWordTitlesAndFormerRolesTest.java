package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;

/**
 * Roles whose title has two words or sits inside a company's name, and former roles whose body's
 * name was found cut: each on a sentence written for this test, with a stub name finder and the
 * real OpenNLP models.
 */
class TwoWordTitlesAndFormerRolesTest {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(),
      DictionaryNameTagger.of("Ivo Lang", "PER", "Pierre Dumont", "PER", "Tina Marsh", "PER", "Nordbank", "ORG",
          "Rovers", "ORG", "Nordbank Chief Accountant Tina Marsh", "ORG",
          "Acme King Partners L.P.", "ORG")));

  private static List<String> triples(String sentence) {
    return Fixtures.triples(EXTRACTOR, sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Nordbank Chief Accountant Tina Marsh praised Pierre Dumont.  | Tina Marsh CHIEF_ACCOUNTANT_OF Nordbank",
      "Nordbank general counsel Ivo Lang praised Pierre Dumont.     | Ivo Lang GENERAL_COUNSEL_OF Nordbank",
      "Ivo Lang, Nordbank's chief accountant, praised Pierre Dumont. | Ivo Lang CHIEF_ACCOUNTANT_OF Nordbank",
  })
  void aTitleOfTwoWordsIsOneRole(String sentence, String expected) {
    assertThat(triples(sentence.strip())).contains(expected.strip()).noneMatch(t -> t.startsWith("Accountant"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Acme King Partners L.P. said it sold the shares to Nordbank.",
      "Former Blue Rovers singer Ivo Lang praised Pierre Dumont.",
  })
  void aTitleWordInACompanysNameOrAFormerRoleGivesNoRole(String sentence) {
    assertThat(triples(sentence.strip())).noneMatch(t -> t.contains("_OF"));
  }
}
