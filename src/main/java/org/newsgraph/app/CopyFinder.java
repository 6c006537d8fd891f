package org.newsgraph.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.BodySignature;

/**
 * Finds wire copies: a new article whose body is the same story as an article already loaded, or
 * read earlier in the same run (see {@link BodySignature#sameStory}). The most similar one wins,
 * the earliest on a tie, so the result does not depend on timing. Not thread-safe: one per run.
 */
final class CopyFinder {

  /** A new article and the one it copies. */
  record Copy(Article article, String originalId, double similarity) {}

  private final Map<String, BodySignature> originals = new LinkedHashMap<>();

  /** @param loaded signatures of the articles in the graph, by id */
  CopyFinder(Map<String, BodySignature> loaded) {
    originals.putAll(new TreeMap<>(loaded));
  }

  /**
   * The article this one copies, if any. An article that copies none becomes a candidate original
   * for the articles after it; one without a signature (too short) is never a copy.
   */
  Optional<Copy> find(Article article) {
    BodySignature signature = BodySignature.of(article.body());
    if (signature == null) {
      return Optional.empty();
    }
    String best = null;
    double bestSimilarity = 0;
    for (Map.Entry<String, BodySignature> original : originals.entrySet()) {
      double similarity = signature.similarity(original.getValue());
      if (similarity > bestSimilarity && !original.getKey().equals(article.id())) {
        best = original.getKey();
        bestSimilarity = similarity;
      }
    }
    if (best != null && bestSimilarity >= BodySignature.SAME_STORY) {
      return Optional.of(new Copy(article, best, bestSimilarity));
    }
    originals.put(article.id(), signature);
    return Optional.empty();
  }
}
