package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Sentence breaks the 1.5 sentence model misses: it reads "on July 7. Right after" as an
 * abbreviation. A number, a full stop and a capitalised word after a space end a sentence.
 */
final class SentenceBreaks {

  private static final Pattern NUMBER_THEN_CAPITAL = Pattern.compile("(?<=\\b\\d{1,4}\\.)\\s+(?=[\"“‘']?\\p{Lu})");

  private SentenceBreaks() {}

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
