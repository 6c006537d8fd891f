package org.newsgraph.eval.entities;

import java.util.List;
import java.util.Map;

/**
 * Document-level scores of the names found in a set of documents.
 *
 * @param documents how many documents were scored
 * @param typed per CoNLL type, and {@link #ALL} over all types: a name counts when the same surface
 *     with the same type is in the document's gold names
 * @param untyped a name counts when the same surface is among the document's gold names, whatever its type
 * @param misses gold names not found (typed), most frequent first
 * @param falsePositives names found that are not gold (typed), most frequent first
 */
public record EntityScores(int documents, Map<String, Prf> typed, Prf untyped, List<Count> misses,
    List<Count> falsePositives) {

  public static final String ALL = "all";

  /** How many documents a name was missed (or wrongly found) in. */
  public record Count(TypedSurface name, int documents) {}

  public EntityScores {
    typed = Map.copyOf(typed);
    misses = List.copyOf(misses);
    falsePositives = List.copyOf(falsePositives);
  }

  public Prf typed(String type) {
    return typed.getOrDefault(type, new Prf(0, 0, 0));
  }
}
