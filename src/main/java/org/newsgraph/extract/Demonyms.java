package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Map;

/** "Russian" → Russia, "South Korean" → South Korea: the place an adjective of nationality names. */
final class Demonyms {

  private static final Map<String, String> PLACES = load();

  private Demonyms() {}

  /** The place for a demonym as written ("North Korean"), or null. */
  static String place(String demonym) {
    return demonym == null ? null : PLACES.get(demonym);
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (String[] row : ResourceTable.rows(Demonyms.class, "demonyms.tsv", 2)) {
      map.put(row[0], row[1]);
    }
    return Map.copyOf(map);
  }
}
