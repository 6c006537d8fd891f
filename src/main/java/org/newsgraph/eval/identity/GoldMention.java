package org.newsgraph.eval.identity;

import java.util.List;
import java.util.Objects;

/**
 * One gold entity mention of ECB+.
 *
 * @param chain the gold coreference chain: the same real-world entity across documents
 * @param document the document it is in
 * @param sentence the sentence id
 * @param tokens its token positions in the sentence, ascending
 * @param text its tokens as the gold file writes them
 * @param type HUM (human participant), NON (non-human participant), LOC or TIM
 */
public record GoldMention(String chain, String document, int sentence, List<Integer> tokens, String text,
    String type) {

  public GoldMention {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(document, "document");
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("mention without tokens in " + document);
    }
  }

  /** Whether it refers to a person, a group of people or a place: the entities a graph of names holds. */
  public boolean isPersonOrPlace() {
    return type.equals("HUM") || type.equals("LOC");
  }
}
