package org.newsgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

  private static List<ConllSentence> read(String text) throws IOException {
    return ConllReader.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void readsFirstAndLastColumnsAndSkipsDocstart() throws IOException {
    List<ConllSentence> sentences = read("""
        -DOCSTART- -X- -X- O

        Ada NNP B-NP B-PER
        Lovelace NNP I-NP I-PER
        wrote VBD B-VP O

        In IN B-PP O
        London NNP B-NP B-LOC
        -DOCSTART- -X- -X- O

        Next\tO
        """);

    assertThat(sentences).hasSize(3);
    assertThat(sentences.get(0).tokens()).containsExactly("Ada", "Lovelace", "wrote");
    assertThat(sentences.get(0).tags()).containsExactly("B-PER", "I-PER", "O");
    assertThat(sentences.get(0).documentStart()).isTrue();
    assertThat(sentences.get(1).documentStart()).isFalse();
    assertThat(sentences.get(1).names()).containsExactly(new NameSpan(1, 2, "LOC", 1.0));
    assertThat(sentences.get(2).documentStart()).isTrue();
    assertThat(ConllReader.documents(sentences)).hasSize(2);
  }

  @Test
  void aSingleColumnIsATokenWithoutTag() throws IOException {
    List<ConllSentence> sentences = read("Hello\nworld\n\n\n\nagain\n");
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).tags()).containsExactly("O", "O");
  }
}
