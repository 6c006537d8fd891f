package org.newsgraph.eval.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which gold mentions are names, and which token is a name's head.
 *
 * <p>A mention of a HUM or LOC chain is a name when one of its tokens is capitalised where
 * capitals are evidence: a word that starts with an upper-case letter (not the pronoun "I",
 * "I'm"), not the first word of its sentence (quotes before it do not count), in a sentence that
 * is not in title case (at least 70 % of its words of four letters or more capitalised, and
 * three such words at least). A capitalised word
 * without that evidence (sentence-initial, or in a title-case headline) still counts when the
 * same word is written with evidence elsewhere in the document, or is never written in lower
 * case in ECB+ (both splits: a surname starting a sentence, "Jackman said", but not "Witnesses said"). So "the scene in Queens" and
 * "Hugh Jackman" are names; "Host" in "Oscar Organizers Name Hugh Jackman Host" and "Woman" at the
 * start of a sentence are not.
 *
 * <p>The head of a name is its last token, skipping trailing punctuation and a possessive "'s"
 * token ("Seth MacFarlane 's" → "MacFarlane"); {@link #headSpan} also leaves a possessive glued
 * to the word out of its characters.
 */
public final class NameRule {

  /** A title-case sentence: at least this share of its longer words capitalised. */
  private static final double TITLE_CASE_SHARE = 0.7;
  private static final int TITLE_CASE_MIN_WORDS = 3;
  private static final int LONG_WORD = 4;

  private final EcbDocument document;
  private final Set<String> lowerCaseWords;
  private final Set<String> evidenced = new HashSet<>();

  /** @param lowerCaseWords the words the corpus writes in lower case somewhere */
  public NameRule(EcbDocument document, Set<String> lowerCaseWords) {
    this.document = document;
    this.lowerCaseWords = lowerCaseWords;
    for (EcbSentence s : document.sentences()) {
      if (!isTitleCase(s.tokens())) {
        for (int i = firstWord(s.tokens()) + 1; i < s.tokens().size(); i++) {
          if (isCapitalised(s.tokens().get(i))) {
            evidenced.add(s.tokens().get(i));
          }
        }
      }
    }
  }

  public boolean isName(GoldMention m) {
    if (!m.isPersonOrPlace()) {
      return false;
    }
    List<String> tokens = document.sentence(m.sentence()).tokens();
    return m.tokens().stream().map(tokens::get).anyMatch(t -> evidenced.contains(t)
        || isCapitalised(t) && !lowerCaseWords.contains(t.toLowerCase(java.util.Locale.ROOT)));
  }

  /** The position of the head token in the sentence. */
  public int head(GoldMention m) {
    List<String> tokens = document.sentence(m.sentence()).tokens();
    for (int i = m.tokens().size() - 1; i > 0; i--) {
      String t = tokens.get(m.tokens().get(i));
      if (!isPossessive(t) && t.chars().anyMatch(Character::isLetterOrDigit)) {
        return m.tokens().get(i);
      }
    }
    return m.tokens().get(0);
  }

  /** The characters of the head in its paragraph, without a possessive glued to it. */
  public int[] headSpan(EcbArticle article, GoldMention m) {
    int head = head(m);
    int[] span = article.tokenSpan(m.sentence(), head);
    String word = document.sentence(m.sentence()).tokens().get(head);
    for (String ending : List.of("'s", "’s", "'")) {
      if (word.length() > ending.length() && word.endsWith(ending)) {
        return new int[] {span[0], span[1] - ending.length()};
      }
    }
    return span;
  }

  static boolean isTitleCase(List<String> tokens) {
    int words = 0;
    int capitalised = 0;
    for (String t : tokens) {
      if (t.length() >= LONG_WORD && Character.isLetter(t.charAt(0))) {
        words++;
        if (isCapitalised(t)) {
          capitalised++;
        }
      }
    }
    return words >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * words;
  }

  /** The position of the sentence's first word: quotes and brackets before it do not start a sentence. */
  private static int firstWord(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).chars().anyMatch(Character::isLetterOrDigit)) {
        return i;
      }
    }
    return tokens.size();
  }

  /** Starts with a capital, and is not the pronoun "I" ("I", "I'm", "I'll"). */
  private static boolean isCapitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && !token.equals("I")
        && !token.startsWith("I'") && !token.startsWith("I’");
  }

  private static boolean isPossessive(String token) {
    return token.equals("'s") || token.equals("’s") || token.equals("'") || token.equals("’");
  }
}
