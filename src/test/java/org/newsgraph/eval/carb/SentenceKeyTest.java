package org.newsgraph.eval.carb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceKeyTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Kim met Trump .|KimmetTrump",
    "He left -LRB- briefly -RRB- .|Heleftbriefly",
    "`` It 's over , '' he said .|Itsoverhesaid",
    "a-b c_d|abcd",
    "Zürich  ,|Zürich"
  })
  void removesSpacesBracketTokensAndPunctuation(String sentence, String key) {
    assertThat(SentenceKey.of(sentence)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"a\u00a0b", "a\tb"})
  void keepsWhitespaceOtherThanTheAsciiSpace(String sentence) {
    assertThat(SentenceKey.of(sentence)).hasSize(3);
  }
}
