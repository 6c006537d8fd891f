package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata block at the top of a Markdown file ({@code ---} … {@code ---}). Reads the flat
 * subset of YAML that such blocks use: {@code key: value}, quoted values, inline lists
 * {@code [a, b]} and block lists of {@code - item} lines. Nested structures are ignored.
 *
 * @param values lower-cased key to its values (one for scalars, several for lists)
 * @param bodyStart index of the first line after the block (0 when there is no block)
 */
record FrontMatter(Map<String, List<String>> values, int bodyStart) {

  private static final Pattern ENTRY = Pattern.compile("^([A-Za-z][\\w-]*)\\s*:\\s*(.*)$");
  private static final Pattern ITEM = Pattern.compile("^\\s+-\\s+(.*)$|^-\\s+(.*)$");

  FrontMatter {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    values = Collections.unmodifiableMap(copy);
  }

  static FrontMatter read(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return new FrontMatter(Map.of(), 0);
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    String listKey = null;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      String stripped = line.strip();
      if (stripped.equals("---") || stripped.equals("...")) {
        return new FrontMatter(values, i + 1);
      }
      Matcher item = ITEM.matcher(line);
      Matcher entry = ENTRY.matcher(line);
      if (listKey != null && item.matches()) {
        String value = unquote(item.group(1) != null ? item.group(1) : item.group(2));
        values.computeIfAbsent(listKey, k -> new ArrayList<>()).add(value);
      } else if (entry.matches()) {
        String key = entry.group(1).toLowerCase(Locale.ROOT);
        String raw = entry.group(2).strip();
        listKey = raw.isEmpty() ? key : null;
        if (!raw.isEmpty()) {
          values.put(key, parseValue(raw));
        }
      }
    }
    // No closing line: not front matter after all, the dashes were a rule in the text.
    return new FrontMatter(Map.of(), 0);
  }

  /** The first value of the first key present, or null. */
  String first(String... keys) {
    for (String key : keys) {
      List<String> v = values.get(key);
      if (v != null && !v.isEmpty() && !v.get(0).isBlank()) {
        return v.get(0);
      }
    }
    return null;
  }

  /** All values of the first key present, or an empty list. */
  List<String> all(String... keys) {
    for (String key : keys) {
      List<String> v = values.get(key);
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return List.of();
  }

  private static List<String> parseValue(String raw) {
    if (raw.startsWith("[") && raw.endsWith("]")) {
      List<String> items = new ArrayList<>();
      for (String part : raw.substring(1, raw.length() - 1).split(",")) {
        if (!part.isBlank()) {
          items.add(unquote(part));
        }
      }
      return items;
    }
    return List.of(unquote(raw));
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }
}
