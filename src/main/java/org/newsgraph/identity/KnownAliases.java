package org.newsgraph.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Names that stand for one thing whatever the article writes ("U.S.", "USA", "America" for the
 * United States), from the resource {@code known-aliases.tsv}; looked up by spelling-free form.
 */
final class KnownAliases {

  private static final Map<String, String> CANONICAL = load();

  private KnownAliases() {}

  /** The canonical name of {@code name}, or null when the table does not know it. */
  static String canonical(String name) {
    return CANONICAL.get(NameForms.form(name));
  }

  private static Map<String, String> load() {
    String resource = "/org/newsgraph/identity/known-aliases.tsv";
    try (InputStream in = KnownAliases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Map<String, String> out = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        if (columns.length != 2) {
          throw new IllegalStateException(resource + ":" + number + ": expected a name, a tab and other names");
        }
        String canonical = columns[0].strip();
        put(out, canonical, canonical, resource, number);
        for (String alias : columns[1].split("\\|")) {
          put(out, alias.strip(), canonical, resource, number);
        }
      }
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(Map<String, String> out, String name, String canonical, String resource, int line) {
    String previous = out.put(NameForms.form(name), canonical);
    if (previous != null && !previous.equals(canonical)) {
      throw new IllegalStateException(resource + ":" + line + ": \"" + name + "\" is already a name of " + previous);
    }
  }
}
