package org.newsgraph.identity;

import java.util.HashMap;
import java.util.Map;
import org.newsgraph.extract.ResourceTable;

/**
 * Names that stand for one thing whatever the article writes ("U.S.", "USA", "America" for the
 * United States), from the resource {@code known-aliases.tsv}; looked up by spelling-free form.
 */
final class KnownAliases {

  private static final String RESOURCE = "/org/newsgraph/identity/known-aliases.tsv";
  private static final Map<String, String> CANONICAL = load();

  private KnownAliases() {}

  /** The canonical name of {@code name}, or null when the table does not know it. */
  static String canonical(String name) {
    return CANONICAL.get(NameForms.form(name));
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (String[] row : ResourceTable.rows(KnownAliases.class, RESOURCE, 2)) {
      put(out, row[0], row[0]);
      for (String alias : row[1].split("\\|")) {
        put(out, alias.strip(), row[0]);
      }
    }
    return Map.copyOf(out);
  }

  private static void put(Map<String, String> out, String name, String canonical) {
    String previous = out.put(NameForms.form(name), canonical);
    if (previous != null && !previous.equals(canonical)) {
      throw new IllegalStateException(RESOURCE + ": \"" + name + "\" is a name of both " + previous + " and " + canonical);
    }
  }
}
