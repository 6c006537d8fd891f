package org.newsgraph.extract;

import java.util.Objects;

/**
 * One end of a relation: a named entity, or a concept (a thing named by a common noun phrase).
 *
 * @param key the entity's or concept's key
 * @param name display name
 * @param type Person, Organization, Location, Other, or Concept
 */
public record Argument(String key, String name, String type) {
  public static final String CONCEPT = "Concept";

  public Argument {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public boolean isConcept() {
    return CONCEPT.equals(type);
  }
}
