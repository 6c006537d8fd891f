package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;

/**
 * Who receives after a verb of giving: each on a sentence written for this test, with a stub name
 * finder and the real OpenNLP models.
 */
class ReceiversTest {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(),
      DictionaryNameTagger.of("Ivo Lang", "PER", "Pierre Dumont", "PER", "Tina Marsh", "PER", "Nordbank", "ORG",
          "Acme Steel", "ORG")));

  private static List<String> triples(String sentence) {
    return Fixtures.triples(EXTRACTOR, sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ivo Lang gave Nordbank the contract last week.               | Ivo Lang GIVE_TO Nordbank",
      "Tina Marsh sold Acme Steel the rights to the brand in May.   | Tina Marsh SELL_TO Acme Steel",
      "Pierre Dumont granted Nordbank an option on the shares.      | Pierre Dumont GRANT_TO Nordbank",
  })
  void theFirstOfTwoObjectsOfAVerbOfGivingReceives(String sentence, String expected) {
    List<String> found = triples(sentence.strip());
    assertThat(found).contains(expected.strip());
    String[] parts = expected.strip().split(" ");
    String type = parts[2].replace("_TO", "");
    assertThat(found).noneMatch(t -> t.contains(" " + type + " "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ivo Lang paid tribute to Nordbank last week.                 | PAY_TO",
      "Nordbank named Ivo Lang its chairman.                        | NAME_TO",
      "Ivo Lang paid Nordbank shares back to the fund.              | PAY_TO",
  })
  void otherObjectsReceiveNothing(String sentence, String type) {
    assertThat(triples(sentence.strip())).noneMatch(t -> t.contains(type.strip()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ivo Lang gave the contract to Nordbank last week.            | Ivo Lang GIVE_TO Nordbank",
      "Tina Marsh sold her stake to Acme Steel in May.              | Tina Marsh SELL_TO Acme Steel",
  })
  void aNameAfterToReceivesWhatTheVerbGives(String sentence, String expected) {
    assertThat(triples(sentence.strip())).contains(expected.strip());
  }
}
