package org.newsgraph.eval.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairwise identity across documents: over every pair of mentions in different documents, a pair
 * the system puts in one entity is right when the two are in one gold chain. Precision is right
 * pairs over the system's pairs, recall right pairs over the gold pairs. Pairs within a document
 * are left out: this measures identity across articles. Stateless.
 */
public final class CrossDocumentPairs {

  private CrossDocumentPairs() {}

  public static ClusterScore score(List<ScoredMention> mentions) {
    long system = pairs(mentions, ScoredMention::system);
    long gold = pairs(mentions, ScoredMention::gold);
    long both = pairs(mentions, m -> m.system() + "\u0000" + m.gold());
    return new ClusterScore(ClusterScore.ratio(both, system), ClusterScore.ratio(both, gold));
  }

  /** Pairs of mentions in different documents that share a label: all pairs minus those within a document. */
  private static long pairs(List<ScoredMention> mentions, Function<ScoredMention, String> label) {
    long out = 0;
    for (Map<String, Integer> perDocument : Clusters.counts(mentions, label, ScoredMention::document).values()) {
      long all = perDocument.values().stream().mapToLong(Integer::longValue).sum();
      out += choose2(all);
      for (int n : perDocument.values()) {
        out -= choose2(n);
      }
    }
    return out;
  }

  private static long choose2(long n) {
    return n * (n - 1) / 2;
  }
}
