package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Map;

/** "Russian" → Russia, "South Korean" → South Korea: the place an adjective of nationality names. */
final class Demonyms {

  private static final Map<String, String> PLACES = load();
  /** The places of the demonyms, with the short forms news writes for the commonest. */
  private static final java.util.Set<String> PLACE_NAMES = placeNames();

  private Demonyms() {}

  /** The place for a demonym as written ("North Korean"), or null. */
  static String place(String demonym) {
    return demonym == null ? null : PLACES.get(demonym);
  }

  /** Nouns of nationality, which news writes before a person's name ("Swede Jonas Bjorkman") or alone. */
  private static final java.util.Set<String> NATIONALITY_NOUNS = java.util.Set.of("Swede", "Briton", "Frenchman",
      "Frenchwoman", "Scot", "Spaniard", "Dane", "Finn", "Pole", "Turk", "Dutchman", "Dutchwoman", "Welshman",
      "Welshwoman", "Irishman", "Irishwoman", "Englishman", "Englishwoman", "Scotsman", "Scotswoman", "Kiwi", "Aussie",
      "Argentine", "Swiss", "Czech", "Slovak", "Croat", "Serb", "Brit", "Yank");

  /** "Spaniard", "Swede", "Britons": a noun of nationality (singular or plural), no one's name. */
  static boolean isNationalityNoun(String word) {
    return NATIONALITY_NOUNS.contains(word) || word.endsWith("s") && NATIONALITY_NOUNS.contains(word.substring(0, word.length() - 1));
  }

  /**
   * Adjectives of a faith, a people or a part of the world, which the name finder sometimes reads
   * as a name ("Islamic and Arab peace calls"): they qualify a noun and name no one.
   */
  private static final java.util.Set<String> GROUP_ADJECTIVES = java.util.Set.of("Islamic", "Arab", "Arabic", "Muslim",
      "Christian", "Jewish", "Catholic", "Protestant", "Hindu", "Sikh", "Buddhist", "Sunni", "Shia", "Shiite",
      "Western", "Eastern", "Nordic", "Scandinavian", "Slavic", "Hispanic", "Asian", "African", "Latin American");

  /** "Islamic", "Arab", "Western": an adjective of a faith, a people or a region, no one's name. */
  static boolean isGroupAdjective(String name) {
    return GROUP_ADJECTIVES.contains(name);
  }

  /** Whether a name is a country the demonyms name ("France", "United Kingdom", "UK", "U.S."). */
  static boolean isPlace(String name) {
    return PLACE_NAMES.contains(name);
  }

  private static java.util.Set<String> placeNames() {
    java.util.Set<String> names = new java.util.HashSet<>(PLACES.values());
    names.addAll(java.util.List.of("UK", "U.K.", "US", "U.S.", "USA", "Britain", "America"));
    return java.util.Set.copyOf(names);
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (String[] row : ResourceTable.rows(Demonyms.class, "demonyms.tsv", 2)) {
      map.put(row[0], row[1]);
    }
    return Map.copyOf(map);
  }
}
