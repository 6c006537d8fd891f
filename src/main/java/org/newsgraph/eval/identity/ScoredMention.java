package org.newsgraph.eval.identity;

import java.util.Objects;

/**
 * One mention as the clustering metrics see it: the document it is in, the gold chain it
 * belongs to and the entity a system gave it.
 *
 * @param document the document (article) the mention is in
 * @param gold the gold chain (the real-world entity)
 * @param system the entity the system under test put it in
 */
public record ScoredMention(String document, String gold, String system) {

  public ScoredMention {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
  }
}
