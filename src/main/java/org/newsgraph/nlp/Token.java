package org.newsgraph.nlp;

import java.util.Objects;

/**
 * One token of a sentence with its annotations.
 *
 * @param text the token as it stands in the article
 * @param form the normalised form the taggers saw (straight quotes, PTB quote tokens, truecased headlines)
 * @param start character offset of the token in the article body (inclusive)
 * @param end character offset (exclusive)
 * @param pos Penn Treebank part-of-speech tag
 * @param chunk IOB chunk tag (B-NP, I-VP, O, …)
 * @param lemma lower-case lemma
 */
public record Token(String text, String form, int start, int end, String pos, String chunk, String lemma) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(chunk, "chunk");
    Objects.requireNonNull(lemma, "lemma");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
    }
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
