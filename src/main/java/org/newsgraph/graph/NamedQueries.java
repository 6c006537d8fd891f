package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named queries of cypher/explore.cypher. Each starts with a comment line
 * {@code // name: NAME}, then comment lines describing it, then one statement ending in ';'.
 */
public final class NamedQueries {

  /** A query, its description, and its statement. */
  public record Query(String name, String description, String cypher) {}

  private final Map<String, Query> queries;

  private NamedQueries(Map<String, Query> queries) {
    this.queries = queries;
  }

  public static NamedQueries loadDefault() {
    return parse(CypherScript.resource("/cypher/explore.cypher"));
  }

  static NamedQueries parse(String script) {
    Map<String, Query> out = new LinkedHashMap<>();
    String name = null;
    List<String> description = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("// name:")) {
        name = t.substring("// name:".length()).strip();
        description.clear();
        statement.setLength(0);
      } else if (t.startsWith("//")) {
        if (name != null && statement.length() == 0) {
          description.add(t.substring(2).strip());
        }
      } else if (name != null && !t.isEmpty()) {
        statement.append(line).append('\n');
        if (t.endsWith(";")) {
          String cypher = statement.toString().strip();
          out.put(name, new Query(name, String.join(" ", description), cypher.substring(0, cypher.length() - 1)));
          name = null;
        }
      }
    }
    return new NamedQueries(out);
  }

  public Query get(String name) {
    return queries.get(name);
  }

  public List<Query> all() {
    return List.copyOf(queries.values());
  }
}
