package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A MinHash signature of an article's words, to recognise wire copies: the same story published
 * under other URLs with another headline, a changed paragraph or extra boilerplate.
 *
 * <p>The text is lower-cased and cut into words of letters and digits; each run of
 * {@value #SHINGLE} words is a shingle. The signature keeps, for each of {@value #SIZE} fixed hash
 * functions, the smallest hash over all shingles, so that the share of equal positions in two
 * signatures estimates the Jaccard similarity of their shingle sets. Deterministic (fixed seeds),
 * immutable and thread-safe.
 */
public record BodySignature(long[] minima) {

  /** Hash functions, hence positions in a signature. */
  public static final int SIZE = 64;
  /** Words per shingle. */
  public static final int SHINGLE = 4;
  /** Estimated Jaccard similarity from which two bodies are the same story. */
  public static final double SAME_STORY = 0.7;
  /** Fewer words than this give no signature: short texts are too alike by chance. */
  static final int MIN_WORDS = 40;

  public BodySignature {
    if (minima.length != SIZE) {
      throw new IllegalArgumentException("a signature has " + SIZE + " values, not " + minima.length);
    }
    minima = minima.clone();
  }

  @Override
  public long[] minima() {
    return minima.clone();
  }

  /** The signature of a body, or null when it has fewer than {@value #MIN_WORDS} words. */
  public static BodySignature of(String text) {
    List<String> words = words(text);
    if (words.size() < MIN_WORDS) {
      return null;
    }
    long[] minima = new long[SIZE];
    Arrays.fill(minima, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long shingle = 0x9E3779B97F4A7C15L;
      for (int j = i; j < i + SHINGLE; j++) {
        shingle = mix(shingle ^ words.get(j).hashCode());
      }
      for (int k = 0; k < SIZE; k++) {
        long h = mix(shingle + (k + 1) * 0xBF58476D1CE4E5B9L) >>> 1; // non-negative: sorts as Neo4j longs do
        if (h < minima[k]) {
          minima[k] = h;
        }
      }
    }
    return new BodySignature(minima);
  }

  /** Rebuilds a signature stored as a list of numbers. */
  public static BodySignature fromList(List<? extends Number> values) {
    long[] minima = new long[values.size()];
    for (int i = 0; i < minima.length; i++) {
      minima[i] = values.get(i).longValue();
    }
    return new BodySignature(minima);
  }

  public List<Long> toList() {
    List<Long> out = new ArrayList<>(SIZE);
    for (long m : minima) {
      out.add(m);
    }
    return out;
  }

  /** Estimated Jaccard similarity of the two bodies' shingle sets, 0 to 1. */
  public double similarity(BodySignature other) {
    int same = 0;
    for (int k = 0; k < SIZE; k++) {
      if (minima[k] == other.minima[k]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  public boolean sameStory(BodySignature other) {
    return similarity(other) >= SAME_STORY;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    return words;
  }

  /** SplitMix64's finaliser: a well-spread 64-bit mix. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BodySignature other && Arrays.equals(minima, other.minima);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minima);
  }

  @Override
  public String toString() {
    return "BodySignature" + Arrays.toString(minima);
  }
}
