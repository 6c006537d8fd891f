package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;

/**
 * A name after "so did", "nor did" or "as did", the subject of the verb "did" stands for: each on a
 * sentence written for this test, with a stub name finder and the real OpenNLP models.
 */
class ElidedVerbTest {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(),
      DictionaryNameTagger.of("Ivo Lang", "PER", "Pierre Dumont", "PER", "Tina Marsh", "PER", "Nordbank", "ORG")));

  private static List<String> triples(String sentence) {
    return Fixtures.triples(EXTRACTOR, sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ivo Lang opposed the merger, and so did Pierre Dumont.             | Ivo Lang OPPOSE merger",
      "Tina Marsh will not sign the deal and nor will Ivo Lang, nor did Pierre Dumont. | Tina Marsh SIGN deal",
      "Ivo Lang praised the deal, as did Pierre Dumont.                   | Ivo Lang PRAISE deal",
  })
  void aNameAfterSoOrNorDidIsTheSubjectOfTheElidedVerb(String sentence, String kept) {
    assertThat(triples(sentence.strip())).noneMatch(t -> t.contains(" DO ")).contains(kept.strip());
  }
}
