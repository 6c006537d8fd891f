package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * One real-world thing named in an article.
 *
 * @param key stable key computed from type and normalised name ("person:donald trump")
 * @param name canonical (longest) name
 * @param type its type
 * @param aliases other names it goes by in the article
 * @param titles roles given to it ("President of U.S.")
 * @param mentions how many times the article names it
 */
public record Entity(String key, String name, EntityType type, List<String> aliases, List<String> titles, int mentions) {
  public Entity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    titles = List.copyOf(titles);
  }
}
