package org.newsgraph.nlp.ner.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.model.DictionarySerializer;
import org.junit.jupiter.api.Test;

class WordClusterFeatureGeneratorTest {

  private static WordClusters read(String text) throws IOException {
    return WordClusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void emitsTheClusterOfTheTokenAsItIs() throws IOException {
    WordClusterFeatureGenerator generator =
        new WordClusterFeatureGenerator("c256", read("London 7\nParis 7\nsaid 3\n"));
    String[] tokens = {"Paris", "said", "london"};

    List<String> features = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      generator.createFeatures(features, tokens, i, null);
    }
    assertThat(features).containsExactly("c256=7", "c256=3");
  }

  @Test
  void survivesTheModelResourceItIsStoredAs() throws IOException {
    WordClusters clusters = read("Zürich 5\n\nsaid 3\nSaid 4\nUS 7\nus 7\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DictionarySerializer().serialize(clusters.asDictionary(), bytes);
    WordClusters back = WordClusters.of(new DictionarySerializer().create(new ByteArrayInputStream(bytes.toByteArray())));

    assertThat(back.size()).isEqualTo(5);
    assertThat(back.cluster("Zürich")).isEqualTo("5");
    assertThat(back.cluster("said")).isEqualTo("3");
    assertThat(back.cluster("Said")).isEqualTo("4");
    assertThat(back.cluster("US")).isEqualTo("7");
    assertThat(back.cluster("us")).isEqualTo("7");
  }

  @Test
  void aMalformedLineIsAnError() {
    assertThatThrownBy(() -> read("New York 5\n")).isInstanceOf(IOException.class).hasMessageContaining("line 1");
  }
}
