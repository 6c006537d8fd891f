package org.newsgraph.eval.coref;

import java.util.List;
import java.util.Objects;

/** A GUM sentence: its text (the {@code # text} line) and its words. */
public record GumSentence(String text, List<GumWord> words) {
  public GumSentence {
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
  }

  public GumWord word(int i) {
    return words.get(i);
  }
}
