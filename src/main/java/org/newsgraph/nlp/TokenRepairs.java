package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Repairs to the 1.5 tokenizer's splits where names suffer from them. It decides on each
 * whitespace-separated piece alone, and it cuts some initials from their full stop ("A." of
 * "A. Dale", "St." of "St. Petersburg": "A" reads as the article), yet leaves the full stop on a
 * word in capitals that ends a sentence ("RESULTS." of a wire headline), which the name finder
 * then reads as one unknown word; so are "IMF)", "UK," and "MCI'" anywhere. Stateless.
 */
final class TokenRepairs {

  /** Abbreviations that open place names, written like initials: "St. Louis", "Mt. Everest", "Ft. Worth". */
  private static final Set<String> PLACE_ABBREVIATIONS = Set.of("St", "Mt", "Ft");

  /** Marks the tokenizer leaves on a word in capitals: "IMF)", "UK,", "MCI'", "RESULTS.". */
  private static final String GLUED_AFTER_CAPITALS = ".,)';:";

  private TokenRepairs() {}

  /**
   * The tokens of one sentence, repaired: an initial (one capital letter, or a place-name
   * abbreviation) and the full stop right after it are one token when a capitalised word follows;
   * a word of two or more capitals with a comma, closing bracket, quote, colon or semicolon glued
   * on (or a full stop, when it ends the sentence) is two.
   *
   * @param text the normalised text that the spans cover
   * @param tokens the sentence's token spans, in order
   */
  static List<Span> repair(String text, List<Span> tokens) {
    List<Span> out = new ArrayList<>(tokens.size() + 4);
    for (int i = 0; i < tokens.size(); i++) {
      Span t = tokens.get(i);
      if (i + 2 < tokens.size() && isInitial(form(text, t)) && isStopRightAfter(text, t, tokens.get(i + 1))
          && Character.isUpperCase(text.charAt(tokens.get(i + 2).getStart()))) {
        out.add(new Span(t.getStart(), tokens.get(i + 1).getEnd()));
        i++;
      } else if (isCapitalsWithPunctuation(form(text, t), i == tokens.size() - 1)) {
        out.add(new Span(t.getStart(), t.getEnd() - 1));
        out.add(new Span(t.getEnd() - 1, t.getEnd()));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static String form(String text, Span t) {
    return text.substring(t.getStart(), t.getEnd());
  }

  private static boolean isInitial(String form) {
    return form.length() == 1 && Character.isUpperCase(form.charAt(0)) || PLACE_ABBREVIATIONS.contains(form);
  }

  private static boolean isStopRightAfter(String text, Span t, Span next) {
    return next.getStart() == t.getEnd() && next.length() == 1 && text.charAt(next.getStart()) == '.';
  }

  /**
   * "RESULTS." or "UK." at the end of a sentence, "IMF)", "UK," or "MCI'" anywhere: two capitals or
   * more (no full stop among them, so not "U.S.") with one mark glued on.
   */
  private static boolean isCapitalsWithPunctuation(String form, boolean last) {
    int n = form.length() - 1;
    if (n < 2 || GLUED_AFTER_CAPITALS.indexOf(form.charAt(n)) < 0 || form.charAt(n) == '.' && !last) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = form.charAt(i);
      if (!Character.isLetter(c) || !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }
}
