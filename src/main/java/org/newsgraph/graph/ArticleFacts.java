package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article's relation rows folded into facts: the rows of one article with the same ends, type,
 * negation and modality are one fact, one relationship, whose evidence is every sentence that
 * states it. The headline's "Arsenal beat Chelsea" and the body's "Arsenal beat Chelsea 2-1" are
 * one {@code BEAT}; "Arsenal will meet Chelsea" ({@code intended}) and "Arsenal met Chelsea"
 * ({@code asserted}) are two facts.
 *
 * <p>A fact keeps the properties of its first evidence in sentence order (the headline first):
 * {@code sentenceId}, {@code text}, {@code lemma}, {@code verb}; {@code sentenceIds} lists every
 * evidence sentence once, in order, and {@code count} is how many there are; {@code confidence} is
 * the highest of its evidence, {@code date}, {@code place} and {@code reportedBy} the first given. Facts of different
 * articles are never folded: each article's relationships stay its own, removed with it.
 */
final class ArticleFacts {

  private ArticleFacts() {}

  /**
   * Folds relation rows ({@code from}, {@code to}, {@code type}, {@code negated}, {@code modality},
   * {@code sentenceId} and the rest, as {@link GraphRows} makes them) given in sentence order.
   */
  static List<Map<String, Object>> fold(List<Map<String, Object>> rows) {
    Map<List<Object>, Fact> facts = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      List<Object> key = Arrays.asList(row.get("from"), row.get("type"), row.get("to"), row.get("negated"),
          row.get("modality"));
      facts.computeIfAbsent(key, k -> new Fact(row)).add(row);
    }
    return facts.values().stream().map(Fact::toMap).toList();
  }

  /** The rows of one fact: the first gives its properties, all give evidence. */
  private static final class Fact {
    private final Map<String, Object> first;
    private final List<String> sentenceIds = new ArrayList<>();
    private Double confidence;
    private Object date;
    private Object place;
    private Object reportedBy;

    Fact(Map<String, Object> first) {
      this.first = first;
      this.confidence = (Double) first.get("confidence");
    }

    void add(Map<String, Object> row) {
      String sentence = (String) row.get("sentenceId");
      if (!sentenceIds.contains(sentence)) {
        sentenceIds.add(sentence);
      }
      Double c = (Double) row.get("confidence");
      confidence = confidence == null || c != null && c > confidence ? c : confidence;
      date = date == null ? row.get("date") : date;
      place = place == null ? row.get("place") : place;
      reportedBy = reportedBy == null ? row.get("reportedBy") : reportedBy;
    }

    Map<String, Object> toMap() {
      Map<String, Object> out = new HashMap<>(first);
      out.put("sentenceIds", List.copyOf(sentenceIds));
      out.put("count", sentenceIds.size());
      out.put("confidence", confidence);
      out.put("date", date);
      out.put("place", place);
      out.put("reportedBy", reportedBy);
      return out;
    }
  }
}
