package org.newsgraph.eval.identity;

import java.util.Objects;

/**
 * A mention as the graph holds it: {@code (:Sentence)-[:MENTIONS {start, end, text}]->(:Entity)}.
 *
 * @param start character offset in the article's analysed text (headline, blank line, body)
 * @param end exclusive end offset
 * @param text the words as written
 * @param entityKey the key of the entity it points at
 * @param entityType that entity's type
 */
public record GraphMention(int start, int end, String text, String entityKey, String entityType) {

  public GraphMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entityKey, "entityKey");
  }

  public boolean covers(int from, int to) {
    return start <= from && to <= end;
  }
}
