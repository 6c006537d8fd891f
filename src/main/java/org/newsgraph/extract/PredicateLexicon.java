package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Map;

/** Maps verb lemmas to the canonical lemma of their relation ("compliment" → "praise"). */
final class PredicateLexicon {

  private final Map<String, String> canonical;

  private PredicateLexicon(Map<String, String> canonical) {
    this.canonical = Map.copyOf(canonical);
  }

  static PredicateLexicon loadDefault() {
    Map<String, String> map = new HashMap<>();
    for (String[] row : ResourceTable.rows(PredicateLexicon.class, "predicate-synonyms.tsv", 2)) {
      for (String synonym : row[1].split("\\s+")) {
        map.put(synonym, row[0]);
      }
    }
    return new PredicateLexicon(map);
  }

  String canonical(String lemma) {
    return canonical.getOrDefault(lemma, lemma);
  }
}
