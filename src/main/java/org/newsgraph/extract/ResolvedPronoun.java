package org.newsgraph.extract;

import java.util.Objects;

/**
 * A personal pronoun ("he", "she", "him", "her") and the entity it was resolved to. Relations
 * whose subject or object is the pronoun are stated about that entity; the graph keeps no
 * mention of the pronoun itself.
 *
 * @param sentence index of the sentence in the article
 * @param token index of the pronoun in the sentence
 * @param text the pronoun as written
 * @param charStart character offset of the pronoun in the analysed text
 * @param charEnd character offset (exclusive)
 * @param entityKey key of the entity it refers to
 */
public record ResolvedPronoun(int sentence, int token, String text, int charStart, int charEnd, String entityKey) {
  public ResolvedPronoun {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entityKey, "entityKey");
  }
}
