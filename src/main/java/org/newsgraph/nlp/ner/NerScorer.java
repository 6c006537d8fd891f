package org.newsgraph.nlp.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted names against gold names with conlleval's semantics: an entity counts as
 * correct only when its first token, last token and type all match a gold entity. Add sentences
 * one at a time, then read {@link #scores()}. Not thread-safe.
 */
public final class NerScorer {

  private final Map<String, int[]> counts = new HashMap<>();
  private int tokens;

  /** Adds one sentence given as gold and predicted IOB tags of equal length. */
  public void addTags(List<String> goldTags, List<String> predictedTags) {
    if (goldTags.size() != predictedTags.size()) {
      throw new IllegalArgumentException(
          "gold has " + goldTags.size() + " tags, prediction " + predictedTags.size());
    }
    add(IobTags.decode(goldTags), IobTags.decode(predictedTags), goldTags.size());
  }

  /** Adds one sentence of {@code sentenceLength} tokens given as spans. */
  public void add(List<NameSpan> gold, List<NameSpan> predicted, int sentenceLength) {
    tokens += sentenceLength;
    Set<String> goldKeys = new HashSet<>();
    for (NameSpan span : gold) {
      goldKeys.add(key(span));
      counter(span.type())[0]++;
    }
    for (NameSpan span : predicted) {
      int[] c = counter(span.type());
      c[1]++;
      if (goldKeys.contains(key(span))) {
        c[2]++;
      }
    }
  }

  public NerScores scores() {
    Map<String, NerScores.Counts> byType = new HashMap<>();
    NerScores.Counts overall = new NerScores.Counts(0, 0, 0);
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      NerScores.Counts typeCounts = new NerScores.Counts(c[0], c[1], c[2]);
      byType.put(e.getKey(), typeCounts);
      overall = overall.plus(typeCounts);
    }
    return new NerScores(byType, overall, tokens);
  }

  private int[] counter(String type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  private static String key(NameSpan span) {
    return span.start() + ":" + span.end() + ":" + span.type();
  }
}
