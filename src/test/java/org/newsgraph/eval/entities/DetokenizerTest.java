package org.newsgraph.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetokenizerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ana Rojas 's aide , he said .|Ana Rojas's aide, he said.",
      "prices rose 4 % ( or $ 3 ) .|prices rose 4% (or $3).",
      "\" a first step \" , said Lund|\"a first step\", said Lund",
      "they do n't know|they don't know",
      "OSLO 1997-03-14|OSLO 1997-03-14"})
  void printsTokensAsTheyWouldBeWritten(String tokens, String text) {
    assertThat(Detokenizer.join(List.of(tokens.split(" ")))).isEqualTo(text);
  }

  @Test
  void knowsWhereEachTokenStarts() {
    List<String> tokens = List.of("\"", "Ana", "Rojas", "'s", "aide", "\"", ",", "he", "said", ".");
    Detokenizer.Layout layout = Detokenizer.layout(tokens);
    assertThat(layout.text()).isEqualTo("\"Ana Rojas's aide\", he said.");
    for (int i = 0; i < tokens.size(); i++) {
      int start = layout.starts().get(i);
      assertThat(layout.text().substring(start, start + tokens.get(i).length())).isEqualTo(tokens.get(i));
    }
    assertThat(layout.starts()).containsExactly(0, 1, 5, 10, 13, 17, 18, 20, 23, 27);
  }
}
