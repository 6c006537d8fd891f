package org.newsgraph.nlp.ner.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTokensTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Profits rose 76% to $1.13bn.|Profits rose 76 % to $1.13bn .",
      "The U.S. firm, Acme Corp., said (in May) it won't.|The U.S. firm , Acme Corp. , said ( in May ) it wo n't .",
      "\"Kohl's party\" met J. Smith's aide.|\" Kohl 's party \" met J. Smith 's aide .",
      "They're here; we'll see!|They 're here ; we 'll see !"})
  void splitsLikeThePtbTokenizer(String text, String tokens) {
    assertThat(PlainTokens.of(text)).isEqualTo(List.of(tokens.split(" ")));
  }
}
