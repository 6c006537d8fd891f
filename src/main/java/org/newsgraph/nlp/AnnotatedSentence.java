package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;
import org.newsgraph.nlp.ner.NameSpan;

/**
 * A sentence with all annotation layers: tokens (with POS, chunk and lemma) and named-entity spans.
 *
 * @param index position of the sentence in its text, from 0
 * @param start character offset of the sentence in the text
 * @param end character offset (exclusive)
 * @param text the sentence as it stands in the text
 * @param tokens the tokens, in order
 * @param names named-entity spans over token indices
 */
public record AnnotatedSentence(
    int index, int start, int end, String text, List<Token> tokens, List<NameSpan> names) {
  public AnnotatedSentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    names = List.copyOf(names);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** The sentence text covered by tokens [from, to). */
  public String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
  }
}
