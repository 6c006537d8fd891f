package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;

/**
 * A name before a gerund and its noun qualifies them and is no object: each on a sentence written
 * for this test, with a stub name finder and the real OpenNLP models.
 */
class NameBeforeGerundTest {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(),
      DictionaryNameTagger.of("Ivo Lang", "PER", "Pierre Dumont", "PER", "Tina Marsh", "PER", "Nordbank", "ORG")));

  private static List<String> triples(String sentence) {
    return Fixtures.triples(EXTRACTOR, sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ivo Lang lost his Nordbank starting place to Pierre Dumont.",
      "Ivo Lang regained his Nordbank starting spot.",
      "Ivo Lang fires Nordbank warning.",
  })
  void aNameBeforeAGerundAndItsNounQualifiesThem(String sentence) {
    assertThat(triples(sentence.strip())).noneMatch(t -> t.endsWith(" Nordbank"));
  }
}
