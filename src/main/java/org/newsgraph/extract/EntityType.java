package org.newsgraph.extract;

import java.util.Locale;

/** The kinds of named things in the graph; each is also a Neo4j label. */
public enum EntityType {
  PERSON("Person"),
  ORGANIZATION("Organization"),
  LOCATION("Location"),
  OTHER("Other");

  private final String label;

  EntityType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Maps a name-finder type (PER, LOC, ORG, MISC, or the long forms) to an entity type. */
  public static EntityType fromNerType(String type) {
    return switch (type.toUpperCase(Locale.ROOT)) {
      case "PER", "PERSON" -> PERSON;
      case "LOC", "LOCATION", "GPE" -> LOCATION;
      case "ORG", "ORGANIZATION", "ORGANISATION" -> ORGANIZATION;
      default -> OTHER;
    };
  }
}
