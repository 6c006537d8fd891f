package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Evidence of a name's type that the name finder may miss: the head word of the name ("Korean
 * Peninsula", "Labour Party") and a common noun written right before it ("newspaper Yomiuri
 * Shimbun", "the port city of Valdora").
 */
final class TypeHints {

  private static final Set<String> PLACE_HEADS = Set.of(
      "peninsula", "sea", "ocean", "river", "mountains", "mountain", "mount", "island", "islands", "bay",
      "strait", "gulf", "valley", "lake", "desert", "coast", "canal",
      "plateau", "highlands", "basin", "delta", "straits", "archipelago");
  /** Heads of areas whose names clubs and councils borrow ("… County"): a hint only for untyped names. */
  private static final Set<String> AREA_HEADS = Set.of("province", "region", "county");
  /**
   * Heads of streets and squares, which the name finder now and then takes for people ("Downing
   * Street"): a hint for untyped names and names typed as people; shows and clubs named after a
   * street keep their type ("Coronation Street").
   */
  private static final Set<String> STREET_HEADS = Set.of("street", "road", "avenue", "square", "lane", "boulevard");
  private static final Set<String> ORGANIZATION_HEADS = Set.of(
      "party", "ministry", "bank", "university", "agency", "corporation", "corp.", "corp", "inc.", "inc",
      "ltd", "ltd.", "plc", "company", "co.", "group", "council", "committee", "commission", "association",
      "office", "department", "court", "army", "navy", "parliament", "congress", "senate", "union",
      "institute", "foundation", "federation", "organization", "organisation", "authority", "airlines",
      "airways", "times", "post", "journal", "news", "press", "club", "fund", "exchange", "bureau");
  /**
   * Words that end only a company's name ("Olin Corp", "Sun Co", "Acme Ltd"): they overrule the
   * type the name finder gave it, which a capitals headline can make a person's.
   */
  private static final Set<String> COMPANY_ENDS = Set.of(
      "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "co", "co.", "llc", "gmbh", "corporation", "incorporated",
      "l.p.", "lp", "l.p");
  private static final Set<String> ORGANIZATION_NOUNS = Set.of(
      "newspaper", "agency", "company", "firm", "group", "bank", "party", "broadcaster", "network",
      "magazine", "daily", "carmaker", "automaker", "airline", "retailer", "insurer", "startup", "lender",
      "club", "team", "ministry", "university", "publisher", "manufacturer", "giant", "conglomerate");
  private static final Set<String> PLACE_NOUNS = Set.of(
      "city", "town", "village", "province", "state", "country", "region", "capital", "island", "port",
      "district", "county", "republic", "kingdom", "nation");

  private static final Set<String> STATE_WORDS = Set.of(
      "republic", "kingdom", "principality", "sultanate", "emirate", "commonwealth", "state", "islands");

  private TypeHints() {}

  /**
   * The type a name's last word implies, or null. {@code found}: the type the name finder gave the
   * name, if any; an area's name does not overrule a type of its own (other than Other).
   */
  static EntityType fromHead(String lastWord, EntityType found) {
    String w = lastWord.toLowerCase(Locale.ROOT);
    boolean typed = found != null && found != EntityType.OTHER;
    if (COMPANY_ENDS.contains(w)) {
      return EntityType.ORGANIZATION;
    }
    if (PLACE_HEADS.contains(w) || !typed && AREA_HEADS.contains(w)
        || (!typed || found == EntityType.PERSON) && STREET_HEADS.contains(w)) {
      return EntityType.LOCATION;
    }
    return !typed && ORGANIZATION_HEADS.contains(w) ? EntityType.ORGANIZATION : null;
  }

  /** Whether a word ends only companies' names ("Corp", "Inc.", "plc"). */
  static boolean isCompanyEnd(String word) {
    return COMPANY_ENDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a name's last word says what kind of place or body it is ("Peninsula", "Street", "Group"). */
  static boolean isNameHead(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return PLACE_HEADS.contains(w) || AREA_HEADS.contains(w) || STREET_HEADS.contains(w)
        || ORGANIZATION_HEADS.contains(w) || COMPANY_ENDS.contains(w);
  }

  /** "Republic of", "Kingdom of": the name of a state, a place. */
  static EntityType fromStateWord(String word, String next) {
    return STATE_WORDS.contains(word.toLowerCase(Locale.ROOT)) && next.equals("of") ? EntityType.LOCATION : null;
  }

  /** The type a common noun right before a name implies ("newspaper Yomiuri Shimbun"), or null. */
  static EntityType fromNounBefore(String word, String pos) {
    if (!pos.startsWith("NN") || pos.startsWith("NNP")) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (ORGANIZATION_NOUNS.contains(w)) {
      return EntityType.ORGANIZATION;
    }
    return PLACE_NOUNS.contains(w) ? EntityType.LOCATION : null;
  }
}
