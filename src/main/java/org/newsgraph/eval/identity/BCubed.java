package org.newsgraph.eval.identity;

import java.util.List;
import java.util.Map;

/**
 * B-cubed (Bagga and Baldwin 1998), each mention weighted equally: a mention's precision is the
 * share of its system entity's mentions that are in its gold chain, its recall the share of its
 * gold chain's mentions that are in its system entity; both are averaged over all mentions.
 * Every mention has a gold chain and a system entity (singletons included). Stateless.
 */
public final class BCubed {

  private BCubed() {}

  public static ClusterScore score(List<ScoredMention> mentions) {
    if (mentions.isEmpty()) {
      return new ClusterScore(0, 0);
    }
    Map<String, Map<String, Integer>> goldBySystem = Clusters.counts(mentions, ScoredMention::system,
        ScoredMention::gold);
    Map<String, Integer> goldSizes = sizes(Clusters.counts(mentions, ScoredMention::gold, ScoredMention::system));
    Map<String, Integer> systemSizes = sizes(goldBySystem);
    double precision = 0;
    double recall = 0;
    for (ScoredMention m : mentions) {
      int both = goldBySystem.get(m.system()).get(m.gold());
      precision += (double) both / systemSizes.get(m.system());
      recall += (double) both / goldSizes.get(m.gold());
    }
    return new ClusterScore(Math.min(1, precision / mentions.size()), Math.min(1, recall / mentions.size()));
  }

  private static Map<String, Integer> sizes(Map<String, Map<String, Integer>> counts) {
    Map<String, Integer> out = new java.util.HashMap<>();
    counts.forEach((k, inner) -> out.put(k, inner.values().stream().mapToInt(Integer::intValue).sum()));
    return out;
  }
}
