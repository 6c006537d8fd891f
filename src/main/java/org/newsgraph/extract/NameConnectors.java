package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Words that join the words after them to the words before as another thing ("Kensington and
 * Chelsea", "Bank of England", "Stade de France", "Marks & Spencer"): a word after one of them,
 * written alone, is not a short form of the whole name. Shared by the article's resolution and
 * the graph's identity across articles.
 */
public final class NameConnectors {

  private static final Set<String> CONNECTORS = Set.of("and", "&", "of", "for", "on", "in", "at", "upon",
      "de", "du", "des", "la", "le", "di", "da", "del", "della", "do", "dos", "das");

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private NameConnectors() {}

  /** Whether a word (folded) follows a person's surname as "Jr" or "III" does: the surname is the word before. */
  public static boolean isSuffix(String folded) {
    return SUFFIXES.contains(folded);
  }

  /** Whether one of the first {@code index} words of a name (any case) is a connector. */
  public static boolean before(String[] words, int index) {
    for (int i = 0; i < index && i < words.length; i++) {
      if (CONNECTORS.contains(words[i].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
