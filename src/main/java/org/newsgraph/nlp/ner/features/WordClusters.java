package org.newsgraph.nlp.ner.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.StringList;

/**
 * Words and their cluster numbers ("word number" lines, UTF-8), as {@code newsgraph
 * train-clusters} writes them, for {@link WordClusterFeatureGenerator}.
 *
 * <p>Immutable; thread-safe.
 */
public final class WordClusters {

  private final Map<String, String> clusters;

  private WordClusters(Map<String, String> clusters) {
    this.clusters = clusters;
  }

  /** Reads "word number" lines; blank lines are skipped, a malformed line is an error. */
  public static WordClusters read(InputStream in) throws IOException {
    Map<String, String> clusters = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split(" ");
      if (parts.length != 2) {
        throw new IOException("word cluster line " + number + " is not 'word number': " + line);
      }
      clusters.put(parts[0], parts[1].intern());
    }
    return new WordClusters(clusters);
  }

  /** The word's cluster, or null when the word is not in the list. */
  public String cluster(String word) {
    return clusters.get(word);
  }

  public int size() {
    return clusters.size();
  }

  /**
   * The clusters as a case-sensitive name list of two-token entries (word, number), the form
   * they are stored in inside a model: OpenNLP 2.5.4 picks a model resource's serializer by the
   * extension of its name and knows only its own kinds, so a model holding any other kind of
   * object cannot be saved ({@code WordClusterDictionary}'s serializer also closes the model's
   * stream). The entries' order does not matter.
   */
  public Dictionary asDictionary() {
    Dictionary dictionary = new Dictionary(true);
    clusters.forEach((word, cluster) -> dictionary.put(new StringList(word, cluster)));
    return dictionary;
  }

  /** Clusters from the entries of {@link #asDictionary}; other entries are an error. */
  public static WordClusters of(Dictionary dictionary) throws InvalidFormatException {
    Map<String, String> clusters = new HashMap<>();
    for (StringList entry : dictionary) {
      if (entry.size() != 2) {
        throw new InvalidFormatException("a word cluster entry is a word and a number, not " + entry);
      }
      clusters.put(entry.getToken(0), entry.getToken(1).intern());
    }
    return new WordClusters(clusters);
  }

  /** For tests: clusters from a map. */
  static WordClusters of(Map<String, String> clusters) {
    return new WordClusters(new HashMap<>(clusters));
  }
}
