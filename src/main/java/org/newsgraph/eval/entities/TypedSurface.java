package org.newsgraph.eval.entities;

import java.util.Objects;
import java.util.Set;

/**
 * One name found in (or expected of) a document.
 *
 * @param text the name as written
 * @param type one of {@link #TYPES} (CoNLL-2003's)
 */
public record TypedSurface(String text, String type) {

  public static final Set<String> TYPES = Set.of("PER", "ORG", "LOC", "MISC");

  public TypedSurface {
    Objects.requireNonNull(text, "text");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown type " + type);
    }
  }

  /** The comparison key of the text ({@link Surface#key}). */
  public String key() {
    return Surface.key(text);
  }
}
