package org.newsgraph.nlp.ner;

import java.util.Objects;
import java.util.Set;

/**
 * One name found in a sentence.
 *
 * @param start index of the first token
 * @param end index after the last token (exclusive)
 * @param type one of {@link #TYPES}
 * @param probability the model's confidence in the span, in [0, 1]; 1 for gold spans
 */
public record NameSpan(int start, int end, String type, double probability) {

  /** The CoNLL-2003 entity types the shipped model knows. */
  public static final Set<String> TYPES = Set.of("PER", "LOC", "ORG", "MISC");

  public NameSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }
}
