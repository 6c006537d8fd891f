package org.newsgraph.eval.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which gold mentions are names, and which token is a mention's head.
 *
 * <p>The head: ECB+ spans hold whole phrases ("in the Gulf of Aden", "coach Maurice Cheeks",
 * "a mountain in New Zealand", "Regina Benjamin, M.D."), so the head is the last word before
 * the first post-modifier, after leading prepositions: the span is cut at a comma, bracket,
 * relative pronoun or preposition ("of" between two capitalised words stays: "Gulf of Aden"), and
 * trailing punctuation and a possessive "'s" are skipped. "in Queens" → Queens, "coach Maurice
 * Cheeks" → Cheeks, "the Gulf of Aden between Somalia and Yemen" → Aden, "a mountain in New
 * Zealand" → mountain.
 *
 * <p>A mention of a HUM or LOC chain is a name when its head starts with a capital letter or a
 * digit ("76ers") and a word of the head's run of such words, within the span, is capitalised
 * where capitals are evidence: a word that starts with an upper-case letter (not the pronoun "I",
 * "I'm"), not the first word of its sentence (quotes before it do not count), in a sentence that
 * is not in title case (at least 70 % of its words of four letters or more capitalised, and three
 * such words at least); or a word written so elsewhere in the document; or a word ECB+ never
 * writes in lower case (both splits: a surname starting a sentence, "Jackman said", but not
 * "Witnesses said"). So "in Queens", "The Philadelphia 76ers" and "Hugh Jackman" are names; "a
 * mountain in New Zealand", "Oscar organizers", "Host" in "Oscar Organizers Name Hugh Jackman
 * Host" and "Woman" at the start of a sentence are not.
 *
 * <p>{@link #headSpan} also leaves a possessive glued to the head word out of its characters.
 */
public final class NameRule {

  /** A title-case sentence: at least this share of its longer words capitalised. */
  private static final double TITLE_CASE_SHARE = 0.7;
  private static final int TITLE_CASE_MIN_WORDS = 3;
  private static final int LONG_WORD = 4;
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "near", "from", "to", "into", "onto",
      "outside", "inside", "across", "between", "with", "for", "of", "by", "off", "around", "along", "over", "under",
      "within", "through", "throughout", "toward", "towards", "among", "behind", "beyond", "about", "after", "before",
      "during", "against", "via", "like", "than", "since", "until");
  /** Tokens that start a post-modifier: punctuation and relative pronouns. */
  private static final Set<String> MODIFIER_STARTS = Set.of(",", "(", "[", ";", ":", "--", "who", "whom", "whose",
      "which", "that", "where", "when");

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
    int head = m.tokens().indexOf(head(m));
    for (int i = head; i >= 0 && startsName(tokens.get(m.tokens().get(i))); i--) {
      String t = tokens.get(m.tokens().get(i));
      if (evidenced.contains(t) || isCapitalised(t) && !lowerCaseWords.contains(t.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The position of the head token in the sentence. */
  public int head(GoldMention m) {
    List<String> words = m.tokens().stream().map(document.sentence(m.sentence()).tokens()::get).toList();
    int from = 0;
    while (from < words.size() - 1 && PREPOSITIONS.contains(words.get(from).toLowerCase(Locale.ROOT))) {
      from++;
    }
    int to = words.size();
    for (int i = from + 1; i < words.size() && to == words.size(); i++) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      boolean inName = w.equals("of") && startsName(words.get(i - 1)) && i + 1 < words.size()
          && startsName(words.get(i + 1));
      if (MODIFIER_STARTS.contains(w) || PREPOSITIONS.contains(w) && !inName) {
        to = i;
      }
    }
    for (int i = to - 1; i > from; i--) {
      String t = words.get(i);
      if (!isPossessive(t) && t.chars().anyMatch(Character::isLetterOrDigit)) {
        return m.tokens().get(i);
      }
    }
    return m.tokens().get(from);
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
  /** Starts with a capital letter or a digit: a word a name's head may be ("Aden", "76ers"). */
  private static boolean startsName(String token) {
    return !token.isEmpty() && (Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0)));
  }

  private static boolean isCapitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && !token.equals("I")
        && !token.startsWith("I'") && !token.startsWith("I’");
  }

  private static boolean isPossessive(String token) {
    return token.equals("'s") || token.equals("’s") || token.equals("'") || token.equals("’");
  }
}
