package org.newsgraph.eval.identity;

import java.util.List;

/**
 * One gold sentence of an ECB+ document.
 *
 * @param id the sentence's number in its document (ECB+ keeps only some sentences, so ids have gaps)
 * @param tokens its tokens, in order
 */
public record EcbSentence(int id, List<String> tokens) {

  public EcbSentence {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("sentence " + id + " has no tokens");
    }
  }
}
