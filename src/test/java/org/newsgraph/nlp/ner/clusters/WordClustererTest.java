package org.newsgraph.nlp.ner.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordClustererTest {

  private static final List<String> CITIES = List.of("Paris", "London", "Tokyo", "Berlin");
  private static final List<String> DAYS = List.of("Monday", "Tuesday", "Friday", "Sunday");
  private static final List<String> VERBS = List.of("said", "added", "told", "noted");

  /** Sentences where cities, days and verbs each fill their own slot. */
  private static List<List<String>> documents() {
    Random random = new Random(7);
    List<List<String>> documents = new ArrayList<>();
    for (int d = 0; d < 40; d++) {
      List<String> tokens = new ArrayList<>();
      for (int s = 0; s < 10; s++) {
        tokens.addAll(List.of("officials", "in", pick(CITIES, random), pick(VERBS, random), "on",
            pick(DAYS, random), "that", "talks", "went", "well", "."));
      }
      documents.add(tokens);
    }
    return documents;
  }

  private static String pick(List<String> words, Random random) {
    return words.get(random.nextInt(words.size()));
  }

  private static WordClusterer.Clusters cluster() {
    WordClusterer clusterer = new WordClusterer(new WordClusterer.Settings(3, 50, 10, 1L));
    documents().forEach(clusterer::add);
    return clusterer.cluster(11);
  }

  private static int clusterOf(WordClusterer.Clusters clusters, String word) {
    return clusters.byK().get(11)[clusters.words().indexOf(word)];
  }

  @Test
  void wordsInTheSameSlotShareACluster() {
    WordClusterer.Clusters clusters = cluster();
    for (List<String> group : List.of(CITIES, DAYS, VERBS)) {
      assertThat(group).allSatisfy(w ->
          assertThat(clusterOf(clusters, w)).as(w).isEqualTo(clusterOf(clusters, group.get(0))));
    }
    assertThat(clusterOf(clusters, "Paris")).isNotEqualTo(clusterOf(clusters, "Monday"));
    assertThat(clusterOf(clusters, "Paris")).isNotEqualTo(clusterOf(clusters, "said"));
  }

  @Test
  void sameInputSameClusters() {
    assertThat(cluster().lines(11)).isEqualTo(cluster().lines(11));
  }

  @Test
  void rareAndNonAsciiWordsAreLeftOut() {
    WordClusterer clusterer = new WordClusterer(new WordClusterer.Settings(2, 10, 5, 1L));
    clusterer.add(List.of("Zürich", "Zürich", "once", "twice", "twice"));
    WordClusterer.Clusters clusters = clusterer.cluster(1);
    assertThat(clusters.words()).containsExactly("twice");
    assertThat(clusters.lines(1)).containsExactly("twice 0");
  }
}
