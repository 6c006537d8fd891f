package org.newsgraph.extract;

import java.util.ArrayList;
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

  /**
   * What the entity is called in the article: its name and its aliases, without the aliases that
   * are only a title before one of those ("President Trump" beside "Trump").
   */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    out.add(name);
    for (String a : aliases) {
      if (!isTitled(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private boolean isTitled(String alias) {
    String[] words = alias.split(" ");
    for (int i = 1; i < words.length && Titles.isTitleWord(words[i - 1]); i++) {
      String rest = String.join(" ", List.of(words).subList(i, words.length));
      if (rest.equals(name) || aliases.contains(rest)) {
        return true;
      }
    }
    return false;
  }
}
