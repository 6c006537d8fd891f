package org.newsgraph.extract;

import java.util.Set;

/**
 * What makes a written name an acronym, and which words its initials skip: shared by the
 * article's resolution ("AMD" is the "Advanced Micro Devices" of the same article) and the
 * graph's identity across articles.
 */
public final class Acronyms {

  /** Words an acronym skips, in folded (lower-case) form: "Bank of England" is BE. */
  private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for");

  private Acronyms() {}

  /** Whether a written name is an acronym: two or more capitals, dots allowed ("AMD", "U.N."). */
  public static boolean isAcronym(String text) {
    String letters = text.strip().replace(".", "");
    return letters.length() >= 2 && letters.codePoints().allMatch(Character::isUpperCase);
  }

  /** Whether a folded word gives no initial to an acronym ("of", "the", "and", "for"). */
  public static boolean isMinorWord(String folded) {
    return MINOR_WORDS.contains(folded);
  }
}
