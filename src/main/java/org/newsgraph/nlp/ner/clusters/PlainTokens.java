package org.newsgraph.nlp.ner.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain text into tokens close to the PTB-style ones the name finder is given, without a
 * model: whitespace, then opening punctuation off the front, closing punctuation and the clitics
 * ("'s", "n't", "'re", ...) off the end. A final period stays on abbreviations ("U.S.", "J.",
 * "Corp."). Good enough to count which words a word stands next to; not a tokenizer for tagging.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlainTokens {

  private static final String OPENING = "\"'`([{";
  private static final String CLOSING = "\"')]}.,;:!?%";
  private static final String[] CLITICS = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "jr", "sr", "st", "inc", "corp", "co", "ltd", "bros", "gen", "gov",
      "sen", "rep", "lt", "col", "sgt", "capt", "prof", "rev", "no", "vs", "jan", "feb", "mar",
      "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft");

  private PlainTokens() {}

  public static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    for (String piece : text.split("\\s+")) {
      if (!piece.isEmpty()) {
        split(piece, tokens);
      }
    }
    return tokens;
  }

  private static void split(String piece, List<String> tokens) {
    int start = 0;
    int end = piece.length();
    while (start < end && OPENING.indexOf(piece.charAt(start)) >= 0) {
      tokens.add(piece.substring(start, start + 1));
      start++;
    }
    List<String> closing = new ArrayList<>();
    while (end > start && CLOSING.indexOf(piece.charAt(end - 1)) >= 0) {
      if (piece.charAt(end - 1) == '.' && keepsPeriod(piece.substring(start, end - 1))) {
        break;
      }
      closing.add(piece.substring(end - 1, end));
      end--;
    }
    if (start < end) {
      String word = piece.substring(start, end);
      String clitic = clitic(word);
      if (clitic != null) {
        tokens.add(word.substring(0, word.length() - clitic.length()));
        tokens.add(clitic);
      } else {
        tokens.add(word);
      }
    }
    for (int i = closing.size() - 1; i >= 0; i--) {
      tokens.add(closing.get(i));
    }
  }

  /** "U.S" + ".", "J" + "." and "Corp" + "." keep their period; "said" + "." does not. */
  private static boolean keepsPeriod(String word) {
    if (word.isEmpty()) {
      return false;
    }
    return word.matches("\\p{L}(\\.\\p{L})+")
        || (word.length() == 1 && Character.isLetter(word.charAt(0)))
        || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static String clitic(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String clitic : CLITICS) {
      if (lower.length() > clitic.length() && lower.endsWith(clitic)) {
        return word.substring(word.length() - clitic.length());
      }
    }
    return null;
  }
}
