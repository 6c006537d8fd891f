package org.newsgraph.extract;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Hashes;

/**
 * Stable keys for entities, concepts and quotations: a prefix, then the name folded to plain lower
 * case (a quotation: a hash of its words).
 */
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

  /**
   * A quotation's key: its words exactly (white space collapsed), hashed. Two quotations are one
   * node only when their words are the same, and then its text does not depend on which article
   * wrote it first.
   */
  public static String quote(String text) {
    String words = SPACES.matcher(text.strip()).replaceAll(" ");
    return "quote:" + Hashes.sha256(words.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
  }

  // Compiled once: fold runs for every mention and argument.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}’‘“”]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Lower case, accents removed, punctuation dropped, white space collapsed: "U.S." → "us". */
  public static String fold(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = PUNCTUATION.matcher(s.toLowerCase(Locale.ROOT).replace("'s", "")).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ").trim();
  }
}
