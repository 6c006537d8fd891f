package org.newsgraph.eval.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Mentions counted by two of their labels, for the clustering metrics. */
final class Clusters {

  private Clusters() {}

  /** How many mentions carry each inner label, per outer label (e.g. per gold chain, per system entity). */
  static Map<String, Map<String, Integer>> counts(List<ScoredMention> mentions, Function<ScoredMention, String> outer,
      Function<ScoredMention, String> inner) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (ScoredMention m : mentions) {
      out.computeIfAbsent(outer.apply(m), k -> new LinkedHashMap<>()).merge(inner.apply(m), 1, Integer::sum);
    }
    return out;
  }
}
