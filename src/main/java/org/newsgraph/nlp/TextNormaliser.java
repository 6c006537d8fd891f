package org.newsgraph.nlp;

import java.util.List;
import opennlp.tools.util.Span;

/**
 * Character-level normalisation for the 1.5 English models, which were trained on ASCII text:
 * curly quotes become straight ones, one character for one, so offsets into the original text stay
 * valid. Dashes between words become tokens of their own.
 */
final class TextNormaliser {

  private TextNormaliser() {}

  static String normalise(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = switch (out[i]) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
        case '\u00A0', '\u2009', '\u202F' -> ' ';
        case '\r' -> '\n';
        default -> out[i];
      };
    }
    return new String(out);
  }

  static boolean isDash(char c) {
    return c == '\u2014' || c == '\u2013' || c == '\u2012' || c == '\u2015';
  }

  /** Characters the 1.5 tokenizer leaves glued to words ("regrettable, [are, 12—the). */
  private static boolean isSeparate(char c) {
    return isDash(c) || c == '"' || c == '[' || c == ']';
  }

  /**
   * Adds the token [start, end) of a sentence at {@code base}, with dashes, double quotes and
   * square brackets split off as tokens of their own. {@code sentence} is the normalised text.
   */
  static void splitToken(String sentence, int start, int end, int base, List<Span> out) {
    int from = start;
    for (int i = start; i < end; i++) {
      if (isSeparate(sentence.charAt(i)) && end - start > 1) {
        if (i > from) {
          out.add(new Span(base + from, base + i));
        }
        out.add(new Span(base + i, base + i + 1));
        from = i + 1;
      }
    }
    if (from < end) {
      out.add(new Span(base + from, base + end));
    }
  }

  /** The form the taggers see: PTB quote tokens (`` and ''), "--" for dashes. */
  static String tokenForm(String normalised, Span token) {
    String form = normalised.substring(token.getStart(), token.getEnd());
    if (form.length() == 1 && isDash(form.charAt(0))) {
      return "--";
    }
    if (form.equals("\"")) {
      int before = token.getStart() - 1;
      boolean opening = before < 0 || Character.isWhitespace(normalised.charAt(before))
          || "([{".indexOf(normalised.charAt(before)) >= 0;
      return opening ? "``" : "''";
    }
    return form;
  }
}
