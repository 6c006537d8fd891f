package org.newsgraph.eval.coref;

import java.util.Objects;

/**
 * A referring expression of GUM's coreference annotation: words [first, last] of a sentence, the
 * chain (entity) it belongs to and the chain's type ("person", "place", …).
 */
public record GumMention(int sentence, int first, int last, int chain, String type) {
  public GumMention {
    Objects.requireNonNull(type, "type");
    if (last < first) {
      throw new IllegalArgumentException("mention ends before it starts: " + first + ".." + last);
    }
  }

  /** The word whose syntactic head lies outside the mention (the first such word). */
  public int head(GumSentence s) {
    for (int i = first; i <= last; i++) {
      int h = s.word(i).head();
      if (h < first || h > last) {
        return i;
      }
    }
    return last;
  }

  /** A person's name: a person mention whose head is a proper noun ("Thomas Sam", "Mr. Bush"). */
  public boolean isPersonName(GumSentence s) {
    return type.equals("person") && s.word(head(s)).isProperNoun();
  }

  /** The proper nouns around the head, as written: "Thomas Sam" in "Thomas Sam, 42,". */
  public String name(GumSentence s) {
    int h = head(s);
    int from = h;
    int to = h;
    while (from > first && s.word(from - 1).isProperNoun()) {
      from--;
    }
    while (to < last && s.word(to + 1).isProperNoun()) {
      to++;
    }
    return s.text().substring(s.word(from).start(), s.word(to).end());
  }
}
