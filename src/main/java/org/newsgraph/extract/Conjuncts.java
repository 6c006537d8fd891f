package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * Splits a coordinated noun phrase into its conjuncts: "Trump and Putin", "A , B , and C". Only
 * lists whose every item starts with a noun phrase chunk and whose last item follows "and" or
 * "or" are split. Stateless.
 */
final class Conjuncts {

  /** A token span [start, end). */
  record TokenSpan(int start, int end) {}

  private Conjuncts() {}

  /** The conjuncts of tokens [from, to), or an empty list when it is not a coordination of noun phrases. */
  static List<TokenSpan> of(AnnotatedSentence s, List<Chunk> chunks, int from, int to) {
    List<TokenSpan> items = new ArrayList<>();
    boolean sawCoordinator = false;
    int itemStart = from;
    boolean expectItem = true;
    int itemsAfterCoordinator = 0;
    for (Chunk ch : chunks) {
      if (ch.end() <= from || ch.start() >= to) {
        continue;
      }
      if (ch.start() < from || ch.end() > to) {
        return List.of();
      }
      boolean separator = Phrases.isComma(s, ch) || Phrases.isCoordinator(s, ch);
      if (separator) {
        if (!expectItem) {
          items.add(new TokenSpan(itemStart, ch.start()));
        }
        boolean and = Phrases.isCoordinator(s, ch);
        if (and && !Phrases.lower(s, ch.start()).equals("and") && !Phrases.lower(s, ch.start()).equals("or")) {
          return List.of();
        }
        sawCoordinator |= and;
        expectItem = true;
      } else if (expectItem) {
        if (!ch.is("NP") || itemsAfterCoordinator > 0) {
          return List.of(); // not a noun phrase, or "A and B , C": not one list
        }
        if (sawCoordinator) {
          itemsAfterCoordinator++;
        }
        itemStart = ch.start();
        expectItem = false;
      }
    }
    if (!expectItem) {
      items.add(new TokenSpan(itemStart, to));
    }
    return sawCoordinator && items.size() >= 2 ? items : List.of();
  }
}
