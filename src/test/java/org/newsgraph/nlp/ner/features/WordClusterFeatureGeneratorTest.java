package org.newsgraph.nlp.ner.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
  void survivesTheDictionaryItIsStoredAs() throws IOException {
    WordClusters clusters = read("Zürich 5\n\nsaid 3\nSaid 4\n");
    WordClusters back = WordClusters.of(clusters.asDictionary());

    assertThat(back.size()).isEqualTo(3);
    assertThat(back.cluster("Zürich")).isEqualTo("5");
    assertThat(back.cluster("said")).isEqualTo("3");
    assertThat(back.cluster("Said")).isEqualTo("4");
  }

  @Test
  void aMalformedLineIsAnError() {
    assertThatThrownBy(() -> read("New York 5\n")).isInstanceOf(IOException.class).hasMessageContaining("line 1");
  }
}
