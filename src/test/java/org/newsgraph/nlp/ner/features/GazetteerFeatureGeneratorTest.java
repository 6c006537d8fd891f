package org.newsgraph.nlp.ner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

class GazetteerFeatureGeneratorTest {

  @Test
  void marksLongestMatchesIgnoringCase() {
    Dictionary places = new Dictionary(false);
    places.put(new StringList("New", "York"));
    places.put(new StringList("New", "York", "City"));
    places.put(new StringList("York"));
    GazetteerFeatureGenerator generator = new GazetteerFeatureGenerator("gloc", places);

    String[] tokens = {"NEW", "YORK", "CITY", "and", "York", "new"};
    assertThat(new String(generator.mark(tokens)).replace('\0', '-')).isEqualTo("BII-U-");

    List<String> features = new ArrayList<>();
    generator.createFeatures(features, tokens, 4, null);
    assertThat(features).containsExactly("gloc=U", "gloc=U&cap");
  }

  @Test
  void shapesCollapseRuns() {
    assertThat(WordShape.shortShape("McDonald")).isEqualTo("XxXx");
    assertThat(WordShape.shortShape("1996-08-22")).isEqualTo("d-d-d");
    assertThat(WordShape.shortShape("U.S.")).isEqualTo("X.X.");
    assertThat(WordShape.isAllCaps("U.S.")).isTrue();
  }
}
