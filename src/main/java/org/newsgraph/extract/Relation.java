package org.newsgraph.extract;

import java.util.Objects;

/**
 * A fact read from one sentence: subject –predicate→ object.
 *
 * @param sentence index of the sentence that states it (its evidence)
 * @param subject who or what acts
 * @param predicate the verb
 * @param object the entity or concept acted on
 * @param confidence how sure the extractor is, 0 to 1
 * @param date when, as written ("June 12"), or null
 * @param place where (an entity name), or null
 */
public record Relation(
    int sentence, Argument subject, Predicate predicate, Argument object, double confidence, String date, String place) {
  public Relation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }
}
