package org.newsgraph.nlp.ner.clusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups words that stand next to the same words: distributional word clusters for the name
 * finder's features, learned from unlabelled text.
 *
 * <p>Input: documents as token lists ({@link #add}). Each word seen at least {@code minCount}
 * times (case kept) gets a vector of how often each of the {@code contextWords} most frequent
 * words (or "another word", or a document edge) stands just before it and just after it,
 * weighted by positive pointwise mutual information and scaled to length 1. Spherical k-means
 * (cosine; k-means++ seeding from {@code seed}) groups the vectors. Output: {@link Clusters}, the
 * words by falling frequency and their cluster number for each k asked for.
 *
 * <p>Deterministic for the same documents in the same order and the same settings. Not
 * thread-safe while documents are added.
 */
public final class WordClusterer {

  /** How words are counted and clustered. */
  public record Settings(int minCount, int contextWords, int iterations, long seed) {
    public Settings {
      if (minCount < 1 || contextWords < 1 || iterations < 1) {
        throw new IllegalArgumentException("minCount, contextWords and iterations must be positive");
      }
    }

    public static Settings defaults() {
      return new Settings(3, 1000, 15, 1L);
    }
  }

  /** The words (most frequent first) and, per k, each word's cluster number (0 to k - 1). */
  public record Clusters(List<String> words, Map<Integer, int[]> byK) {
    public Clusters {
      words = List.copyOf(words);
      byK = Map.copyOf(byK);
    }

    /** Lines "word cluster" for one k, in word order: the format OpenNLP's WordClusterDictionary reads. */
    public List<String> lines(int k) {
      int[] cluster = byK.get(k);
      List<String> lines = new ArrayList<>(words.size());
      for (int w = 0; w < words.size(); w++) {
        lines.add(words.get(w) + " " + cluster[w]);
      }
      return lines;
    }
  }

  private final Settings settings;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<int[]> documents = new ArrayList<>();
  private int tokens;

  public WordClusterer(Settings settings) {
    this.settings = settings;
  }

  /** One document's tokens; words with a space or a character outside printable ASCII are left out. */
  public void add(List<String> document) {
    int[] sequence = new int[document.size()];
    for (int i = 0; i < sequence.length; i++) {
      String token = document.get(i);
      sequence[i] = storable(token) ? ids.computeIfAbsent(token, t -> {
        names.add(t);
        return names.size() - 1;
      }) : -1;
    }
    documents.add(sequence);
    tokens += sequence.length;
  }

  public int tokens() {
    return tokens;
  }

  /** The cluster file stores "word number" lines read back with the platform charset: keep ASCII. */
  static boolean storable(String token) {
    return !token.isEmpty() && token.chars().allMatch(c -> c > ' ' && c < 127);
  }

  public Clusters cluster(int... ks) {
    long[] counts = new long[names.size()];
    for (int[] document : documents) {
      for (int id : document) {
        if (id >= 0) {
          counts[id]++;
        }
      }
    }
    Integer[] byFrequency = new Integer[names.size()];
    Arrays.setAll(byFrequency, i -> i);
    Arrays.sort(byFrequency, Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(names::get));
    int[] vocabulary = new int[names.size()]; // id -> row, or -1
    int[] context = new int[names.size()]; // id -> context slot
    Arrays.fill(vocabulary, -1);
    int contextWords = Math.min(settings.contextWords(), names.size());
    Arrays.fill(context, contextWords);
    List<String> words = new ArrayList<>();
    for (int rank = 0; rank < byFrequency.length; rank++) {
      int id = byFrequency[rank];
      if (rank < contextWords) {
        context[id] = rank;
      }
      if (counts[id] >= settings.minCount()) {
        vocabulary[id] = words.size();
        words.add(names.get(id));
      }
    }
    ContextMatrix matrix = ContextMatrix.build(documents, vocabulary, context, words.size(), contextWords);
    Map<Integer, int[]> byK = new HashMap<>();
    for (int k : ks) {
      byK.put(k, new SphericalKMeans(matrix, Math.min(k, words.size()), settings.iterations(), settings.seed()).run());
    }
    return new Clusters(words, byK);
  }
}
