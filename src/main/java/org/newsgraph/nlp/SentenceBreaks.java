package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Sentence breaks the 1.5 sentence model gets wrong. It reads "on July 7. Right after" as an
 * abbreviation: a number, a full stop and a capitalised word after a space end a sentence. And it
 * ends a sentence after a person's initial ("(R. Kowalski 52)"): a single capital letter and a
 * full stop do not end one; nor do initials such as "E.F." before a capitalised word ("E.F.
 * Hutton"), nor any dotted abbreviation before a word in lower case or one that goes on with the
 * phrase ("in the U.S. And Europe", as wire copy writes it).
 *
 * <p>And a bound on what one sentence may cost: a "sentence" longer than {@link #MAX_CHARS}
 * characters (a table, a list run together, a line of text without full stops) is cut into pieces
 * of at most that many characters, at a clause mark or a space, so that the taggers, the relation
 * extractor and the output stay small whatever the input.
 */
final class SentenceBreaks {

  /** About 300 words: far longer than news sentences (a long one is 60 words), short enough to bound the cost. */
  static final int MAX_CHARS = 2_000;

  private static final Pattern NUMBER_THEN_CAPITAL = Pattern.compile("(?<=\\b\\d{1,4}\\.)\\s+(?=[\"“‘']?\\p{Lu})");

  /** A single capital letter and its full stop, at the end of a sentence: an initial. */
  private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?:^|[\\s(\\[\"])\\p{Lu}\\.$");

  /** Capital letters each with its full stop ("E.F.", "U.S."), at the end of a sentence. */
  private static final Pattern ENDS_WITH_DOTTED = Pattern.compile("(?:^|[\\s(\\[\"<])((?:\\p{Lu}\\.){2,4})$");

  /**
   * Dotted abbreviations that end sentences ("… sold in the U.S."): places, company forms, "not
   * available". The others are a person's or a firm's initials ("E.F. Hutton", "L.K. Evans").
   */
  private static final java.util.Set<String> SENTENCE_FINAL = java.util.Set.of("U.S.", "U.K.", "U.N.", "E.C.", "E.U.",
      "N.Y.", "N.J.", "D.C.", "L.A.", "N.Z.", "S.A.", "N.V.", "B.V.", "A.G.", "L.P.", "N.A.", "P.M.", "A.M.", "U.S.A.",
      "U.S.S.R.", "P.L.C.", "S.P.A.");

  /** Words that never start a sentence after an abbreviation: "in the U.S. And Europe" (wire copy capitalises them). */
  private static final java.util.Set<String> CONTINUING = java.util.Set.of("And", "Or", "Nor", "Dlrs", "Dollars", "Dlr");

  private SentenceBreaks() {}

  /** Joins each sentence that ends with an initial to the next one, when that starts with a capital. */
  static List<Span> joinAfterInitials(String text, Span[] sentences) {
    List<Span> out = new ArrayList<>();
    for (Span s : sentences) {
      int last = out.size() - 1;
      if (last >= 0 && Character.isUpperCase(text.charAt(s.getStart())) && endsWithInitial(text, out.get(last))
          || last >= 0 && continuesAfterAbbreviation(text, out.get(last), s)) {
        out.set(last, new Span(out.get(last).getStart(), s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Whether the sentence after one that ends with dotted capitals goes on with it: after initials
   * ("E.F. | Hutton Group said") when it starts with a capital, after any of them when it starts in
   * lower case or with a word that continues a phrase ("U.S. | And Europe").
   */
  private static boolean continuesAfterAbbreviation(String text, Span sentence, Span next) {
    int from = Math.max(sentence.getStart(), sentence.getEnd() - 12);
    Matcher m = ENDS_WITH_DOTTED.matcher(text.substring(from, sentence.getEnd()));
    if (!m.find()) {
      return false;
    }
    int wordEnd = next.getStart();
    while (wordEnd < next.getEnd() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    String word = text.substring(next.getStart(), wordEnd);
    if (word.isEmpty()) {
      return false;
    }
    if (Character.isLowerCase(word.charAt(0)) || CONTINUING.contains(word)) {
      return true;
    }
    return Character.isUpperCase(word.charAt(0)) && !SENTENCE_FINAL.contains(m.group(1));
  }

  /** Looks at the last three characters only: joined sentences grow, and a line may hold thousands. */
  private static boolean endsWithInitial(String text, Span sentence) {
    int from = Math.max(sentence.getStart(), sentence.getEnd() - 3);
    return ENDS_WITH_INITIAL.matcher(text.substring(from, sentence.getEnd())).find();
  }

  static List<Span> splitAfterNumbers(String text, Span sentence) {
    List<Span> out = new ArrayList<>();
    Matcher m = NUMBER_THEN_CAPITAL.matcher(text);
    m.region(sentence.getStart(), sentence.getEnd());
    int from = sentence.getStart();
    while (m.find()) {
      if (!isListNumber(text, m.start(), from)) {
        out.add(new Span(from, m.start()));
        from = m.end();
      }
    }
    out.add(new Span(from, sentence.getEnd()));
    return out;
  }

  /**
   * The sentence itself when it has at most {@code max} characters; else pieces of at most
   * {@code max} characters, each ending after the last clause mark (; : ,) or dash in its second
   * half, else at its last space, else (one unbroken word) at the limit.
   */
  static List<Span> capLength(String text, Span sentence, int max) {
    if (sentence.length() <= max) {
      return List.of(sentence);
    }
    List<Span> out = new ArrayList<>();
    int from = sentence.getStart();
    int end = sentence.getEnd();
    while (end - from > max) {
      int cut = cutPoint(text, from, from + max);
      out.add(new Span(from, cut));
      from = cut;
      while (from < end && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
    }
    if (from < end) {
      out.add(new Span(from, end));
    }
    return out;
  }

  private static int cutPoint(String text, int from, int limit) {
    int half = from + (limit - from) / 2;
    int space = -1;
    for (int i = limit; i > from; i--) {
      char c = text.charAt(i - 1);
      boolean breakAfter = i < text.length() && Character.isWhitespace(text.charAt(i));
      if (breakAfter && i > half && (c == ';' || c == ':' || c == ',' || c == '\u2014' || c == '-')) {
        return i;
      }
      if (space < 0 && Character.isWhitespace(c)) {
        space = i - 1;
      }
    }
    return space > from ? space : limit;
  }

  /** "No. 7. Item" or a leading "1. " list marker is not a sentence end. */
  private static boolean isListNumber(String text, int dotEnd, int sentenceStart) {
    int i = dotEnd - 1;
    while (i > sentenceStart && Character.isDigit(text.charAt(i - 1))) {
      i--;
    }
    return i - 1 <= sentenceStart;
  }
}
