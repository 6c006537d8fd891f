package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Stable keys for entities and concepts: a prefix, then the name folded to plain lower case. */
public final class Keys {

  private Keys() {}

  public static String entity(EntityType type, String name) {
    return type.name().toLowerCase(Locale.ROOT) + ":" + fold(name);
  }

  /** Concept keys stay short enough for an index: a long text keys on its start and a hash of all of it. */
  public static String concept(String name) {
    String folded = fold(name);
    if (folded.length() <= MAX_CONCEPT_KEY) {
      return "concept:" + folded;
    }
    return "concept:" + folded.substring(0, MAX_CONCEPT_KEY) + "#" + Integer.toHexString(folded.hashCode());
  }

  private static final int MAX_CONCEPT_KEY = 100;

  /** Lower case, accents removed, punctuation dropped, white space collapsed: "U.S." → "us". */
  public static String fold(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace("'s", "").replaceAll("[\\p{Punct}’‘“”]+", "");
    return s.replaceAll("\\s+", " ").trim();
  }
}
