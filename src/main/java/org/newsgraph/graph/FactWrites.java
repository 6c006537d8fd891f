package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a batch's entities, concepts and relationships: one statement merges every entity and
 * concept of the batch once, in key order, and creates the relationships between them, finding
 * each end by its position in the list of merged nodes instead of by two index look-ups (and two
 * index locks) per relationship.
 *
 * <p>An entity is created with its name, type, label, aliases and titles (the type is part of the
 * key, so the label never changes); an existing one is only matched, so it is not locked for
 * writing. Aliases and titles are lists that grow: only the entities that bring some are read
 * first, in one query, and those that already exist and gain one are written with the union. No
 * statement reads what it writes row by row (that makes Cypher buffer every row, an "Eager"
 * plan); the one wait is {@code collect()}, for all the merges, before the relationships. The
 * entity's label and the relationship's type are parameters used through Cypher's dynamic
 * {@code $(…)} syntax; they come from {@code EntityType} and {@code Predicate}, never from raw
 * text.
 */
final class FactWrites {

  private static final String READ_NAMES = """
      UNWIND $keys AS key
      MATCH (e:Entity {key: key})
      RETURN e.key AS key, e.aliases AS aliases, e.titles AS titles""";

  private static final String SET_NAMES = """
      UNWIND $rows AS row
      MATCH (e:Entity {key: row.key})
      SET e.aliases = row.aliases, e.titles = row.titles""";

  // Relationship rows hold the positions of their ends in "ends": entities, then concepts.
  private static final String WRITE_FACTS = """
      UNWIND $entities AS row
      MERGE (e:Entity {key: row.key})
      ON CREATE SET e:$(row.type), e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.titles = row.titles
      WITH collect(e) AS entities
      CALL () {
        UNWIND $concepts AS row
        MERGE (c:Concept {key: row.key})
        ON CREATE SET c.name = row.name
        RETURN collect(c) AS concepts
      }
      WITH entities + concepts AS ends
      UNWIND $relations AS row
      WITH row, ends[row.from] AS a, ends[row.to] AS b
      CREATE (a)-[:$(row.type) {sentenceId: row.sentenceId, articleId: row.articleId, text: row.text, lemma: row.lemma,
          verb: row.verb, negated: row.negated, confidence: row.confidence, date: row.date, place: row.place}]->(b)""";

  private FactWrites() {}

  /** The statements, for the test of their plans. */
  static List<String> statements() {
    return List.of(READ_NAMES, SET_NAMES, WRITE_FACTS);
  }

  private record Names(List<String> aliases, List<String> titles) {}

  /** Writes the batch's entities, concepts and relationships in {@code tx}. */
  static void write(TransactionContext tx, ArticleBatch batch) {
    addNames(tx, batch.entities());
    int created = tx.run(WRITE_FACTS, Map.of("entities", batch.entities(), "concepts", batch.concepts(),
        "relations", batch.relations())).consume().counters().relationshipsCreated();
    if (created != batch.relations().size()) {
      throw new IllegalStateException("created " + created + " of " + batch.relations().size()
          + " relationships: an end was not among the merged nodes");
    }
  }

  /** Writes the aliases and titles that existing entities gain: the union, in order, of theirs and the batch's. */
  @SuppressWarnings("unchecked")
  private static void addNames(TransactionContext tx, List<Map<String, Object>> entities) {
    List<String> named = entities.stream()
        .filter(r -> !((List<String>) r.get("aliases")).isEmpty() || !((List<String>) r.get("titles")).isEmpty())
        .map(r -> (String) r.get("key")).toList();
    if (named.isEmpty()) {
      return;
    }
    Map<String, Names> current = new HashMap<>();
    tx.run(READ_NAMES, Map.of("keys", named)).forEachRemaining(r -> current.put(r.get("key").asString(),
        new Names(r.get("aliases").asList(v -> v.asString(), List.of()), r.get("titles").asList(v -> v.asString(), List.of()))));
    List<Map<String, Object>> gains = new ArrayList<>();
    for (Map<String, Object> row : entities) {
      Names now = current.get((String) row.get("key"));
      if (now != null) {
        List<String> aliases = union(now.aliases(), (List<String>) row.get("aliases"));
        List<String> titles = union(now.titles(), (List<String>) row.get("titles"));
        if (aliases != now.aliases() || titles != now.titles()) {
          gains.add(Map.of("key", row.get("key"), "aliases", aliases, "titles", titles));
        }
      }
    }
    if (!gains.isEmpty()) {
      tx.run(SET_NAMES, Map.of("rows", gains)).consume();
    }
  }

  /** {@code first}, then what {@code more} adds, without repeats; {@code first} itself when nothing is added. */
  private static List<String> union(List<String> first, List<String> more) {
    Set<String> out = new LinkedHashSet<>(first);
    out.addAll(more);
    return out.size() == first.size() ? first : List.copyOf(out);
  }
}
