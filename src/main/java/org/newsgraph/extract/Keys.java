package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Stable keys for entities and concepts: a prefix, then the name folded to plain lower case. */
public final class Keys {

  private Keys() {}

  public static String entity(EntityType type, String name) {
    return type.name().toLowerCase(Locale.ROOT) + ":" + fold(name);
  }

  public static String concept(String name) {
    return "concept:" + fold(name);
  }

  /** Lower case, accents removed, punctuation dropped, white space collapsed: "U.S." → "us". */
  public static String fold(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace("'s", "").replaceAll("[\\p{Punct}’‘“”]+", "");
    return s.replaceAll("\\s+", " ").trim();
  }
}
