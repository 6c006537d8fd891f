package org.newsgraph.eval.coref;

import java.util.Objects;

/**
 * One syntactic word of a GUM sentence.
 *
 * @param form the word as written
 * @param xpos its Penn Treebank tag
 * @param head index of its syntactic head in the sentence, from 0, or -1 for the root
 * @param start character offset in the sentence text (a word inside a contraction gets the whole token)
 * @param end character offset (exclusive)
 */
public record GumWord(String form, String xpos, int head, int start, int end) {
  public GumWord {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(xpos, "xpos");
  }

  public boolean isProperNoun() {
    return xpos.startsWith("NNP");
  }
}
