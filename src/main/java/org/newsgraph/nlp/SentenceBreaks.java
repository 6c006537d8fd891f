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
 * full stop do not end one.
 */
final class SentenceBreaks {

  private static final Pattern NUMBER_THEN_CAPITAL = Pattern.compile("(?<=\\b\\d{1,4}\\.)\\s+(?=[\"“‘']?\\p{Lu})");

  /** A single capital letter and its full stop, at the end of a sentence: an initial. */
  private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?:^|[\\s(\\[\"])\\p{Lu}\\.$");

  private SentenceBreaks() {}

  /** Joins each sentence that ends with an initial to the next one, when that starts with a capital. */
  static List<Span> joinAfterInitials(String text, Span[] sentences) {
    List<Span> out = new ArrayList<>();
    for (Span s : sentences) {
      int last = out.size() - 1;
      if (last >= 0 && Character.isUpperCase(text.charAt(s.getStart()))
          && ENDS_WITH_INITIAL.matcher(text.substring(out.get(last).getStart(), out.get(last).getEnd())).find()) {
        out.set(last, new Span(out.get(last).getStart(), s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out;
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

  /** "No. 7. Item" or a leading "1. " list marker is not a sentence end. */
  private static boolean isListNumber(String text, int dotEnd, int sentenceStart) {
    int i = dotEnd - 1;
    while (i > sentenceStart && Character.isDigit(text.charAt(i - 1))) {
      i--;
    }
    return i - 1 <= sentenceStart;
  }
}
