package org.newsgraph.extract;

import java.util.Objects;

/**
 * One end of a relation: a named entity, a concept (a thing named by a common noun phrase), or a
 * quotation (what a speaker said: the words in quotation marks, or the reported clause).
 *
 * @param key the entity's, concept's or quotation's key
 * @param name display name (a quotation's words)
 * @param type Person, Organization, Location, Other, Concept or Quote
 */
public record Argument(String key, String name, String type) {
  public static final String CONCEPT = "Concept";
  public static final String QUOTE = "Quote";

  public Argument {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public boolean isConcept() {
    return CONCEPT.equals(type);
  }

  public boolean isQuote() {
    return QUOTE.equals(type);
  }

  /** A concept or a quotation: an end that is words, not a named entity. */
  public boolean isPhrase() {
    return isConcept() || isQuote();
  }
}
