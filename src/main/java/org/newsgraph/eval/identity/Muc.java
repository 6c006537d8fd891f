package org.newsgraph.eval.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The MUC link-based score (Vilain et al. 1995): recall is the share of the gold chains' links
 * that the system keeps, {@code Σ (|K| − |p(K)|) / Σ (|K| − 1)} over gold chains K, where p(K) is
 * the partition of K by the system's entities; precision is the same with gold and system
 * swapped. Singletons carry no link and count for nothing. Stateless.
 */
public final class Muc {

  private Muc() {}

  public static ClusterScore score(List<ScoredMention> mentions) {
    return new ClusterScore(links(mentions, ScoredMention::system, ScoredMention::gold),
        links(mentions, ScoredMention::gold, ScoredMention::system));
  }

  /** The share of the links within {@code chains} that the partition by {@code by} keeps. */
  private static double links(List<ScoredMention> mentions, Function<ScoredMention, String> chains,
      Function<ScoredMention, String> by) {
    long kept = 0;
    long total = 0;
    for (Map<String, Integer> parts : Clusters.counts(mentions, chains, by).values()) {
      int size = parts.values().stream().mapToInt(Integer::intValue).sum();
      kept += size - parts.size();
      total += size - 1;
    }
    return ClusterScore.ratio(kept, total);
  }
}
