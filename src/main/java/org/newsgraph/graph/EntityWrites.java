package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.extract.EntityType;

/**
 * Writes a batch's entities with statements that never read what they write (such reads make
 * Cypher buffer every row, an "Eager" plan, several times slower): the entities' current labels,
 * aliases and titles are read first, in one query; the new values are computed here; then only
 * new entities and those that gain an alias or title are written, and labels are added with one
 * fixed statement per entity type. An entity that gains nothing is not written, hence not
 * locked. Same result as merging alias lists in Cypher.
 */
final class EntityWrites {

  private static final String READ = """
      UNWIND $keys AS key
      MATCH (e:Entity {key: key})
      RETURN e.key AS key, labels(e) AS labels, e.aliases AS aliases, e.titles AS titles""";

  private static final String WRITE = """
      UNWIND $rows AS row
      MERGE (e:Entity {key: row.key})
      ON CREATE SET e.name = row.name, e.type = row.type
      SET e.aliases = row.aliases, e.titles = row.titles""";

  /** One fixed statement per type; labels come from {@link EntityType}, never from input text. */
  private static final Map<String, String> ADD_LABEL = new HashMap<>();

  static {
    for (EntityType t : EntityType.values()) {
      ADD_LABEL.put(t.label(), "UNWIND $keys AS key MATCH (e:Entity {key: key}) SET e:" + t.label());
    }
  }

  private EntityWrites() {}

  private record Current(Set<String> labels, List<String> aliases, List<String> titles) {}

  /** @param rows one per entity, sorted by key: key, name, type, labels, aliases, titles */
  @SuppressWarnings("unchecked")
  static void write(TransactionContext tx, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Map<String, Current> current = new HashMap<>();
    tx.run(READ, Map.of("keys", rows.stream().map(r -> r.get("key")).toList())).forEachRemaining(r ->
        current.put(r.get("key").asString(), new Current(new LinkedHashSet<>(r.get("labels").asList(v -> v.asString())),
            r.get("aliases").asList(v -> v.asString(), List.of()), r.get("titles").asList(v -> v.asString(), List.of()))));
    List<Map<String, Object>> writes = new ArrayList<>();
    Map<String, List<String>> labelKeys = new TreeMap<>();
    for (Map<String, Object> row : rows) {
      String key = (String) row.get("key");
      Current now = current.getOrDefault(key, new Current(Set.of(), List.of(), List.of()));
      List<String> aliases = union(now.aliases(), (List<String>) row.get("aliases"));
      List<String> titles = union(now.titles(), (List<String>) row.get("titles"));
      if (!current.containsKey(key) || !aliases.equals(now.aliases()) || !titles.equals(now.titles())) {
        writes.add(Map.of("key", key, "name", row.get("name"), "type", row.get("type"), "aliases", aliases,
            "titles", titles));
      }
      for (String label : (List<String>) row.get("labels")) {
        if (!now.labels().contains(label)) {
          labelKeys.computeIfAbsent(label, l -> new ArrayList<>()).add(key);
        }
      }
    }
    if (!writes.isEmpty()) {
      tx.run(WRITE, Map.of("rows", writes)).consume();
    }
    labelKeys.forEach((label, keys) -> {
      String statement = ADD_LABEL.get(label);
      if (statement == null) {
        throw new IllegalArgumentException("not an entity type: " + label);
      }
      tx.run(statement, Map.of("keys", keys)).consume();
    });
  }

  /** {@code first}, then what {@code more} adds, without repeats: Cypher's list-union by reduce. */
  private static List<String> union(List<String> first, List<String> more) {
    Set<String> out = new LinkedHashSet<>(first);
    out.addAll(more);
    return out.size() == first.size() ? first : List.copyOf(out);
  }
}
