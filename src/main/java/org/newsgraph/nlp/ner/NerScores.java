package org.newsgraph.nlp.ner;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity-level counts and the precision, recall and F1 they give, per type and overall.
 *
 * @param byType counts per entity type, sorted by type
 * @param overall counts over all types
 * @param tokens number of tokens scored
 */
public record NerScores(Map<String, Counts> byType, Counts overall, int tokens) {

  public NerScores {
    byType = Map.copyOf(byType);
  }

  /**
   * @param gold entities in the gold standard
   * @param predicted entities the system found
   * @param correct predicted entities with the gold boundaries and type
   */
  public record Counts(int gold, int predicted, int correct) {

    public double precision() {
      return predicted == 0 ? 0.0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0.0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts other) {
      return new Counts(gold + other.gold, predicted + other.predicted, correct + other.correct);
    }
  }

  /** A table like conlleval's summary: one line per type, then the overall line. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s %7s %7s%n",
        "type", "gold", "found", "correct", "P", "R", "F1"));
    new TreeMap<>(byType).forEach((type, counts) -> out.append(line(type, counts)));
    out.append(line("overall", overall));
    return out.toString();
  }

  private static String line(String label, Counts c) {
    return String.format(Locale.ROOT, "%-8s %9d %9d %9d %7.4f %7.4f %7.4f%n",
        label, c.gold(), c.predicted(), c.correct(), c.precision(), c.recall(), c.f1());
  }
}
