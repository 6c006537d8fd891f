package org.newsgraph.extract;

import java.util.Locale;

/**
 * How much text one article may have. Extraction holds an article's tokens, tags and relations in
 * memory at once (a few hundred bytes for each character of text), on every extraction thread, so
 * an unbounded article would exhaust any heap. The bound lies far above any news article and far
 * inside the launcher's default heap; sentences have their own bound in the NLP stage.
 */
public final class ArticleLimits {

  /** About 170,000 words: a book, not an article; with two threads it stays well inside 2 GB. */
  public static final int MAX_TEXT_CHARS = 1_000_000;

  private ArticleLimits() {}

  /** Refuses a text over the bound, saying how long it is and what the bound is. */
  static void check(String analysedText) {
    if (analysedText.length() > MAX_TEXT_CHARS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "too long for one article: %,d characters of text, and NewsGraph reads at most %,d per article"
              + " (about 170,000 words); split it into articles",
          analysedText.length(), MAX_TEXT_CHARS));
    }
  }
}
