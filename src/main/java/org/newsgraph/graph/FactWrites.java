package org.newsgraph.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a batch's entities, concepts, quotations and relationships: one statement merges every
 * entity, concept and quotation of the batch once, in key order, and creates the relationships
 * between them, finding each end by its position in the list of merged nodes instead of by two
 * index look-ups (and two index locks) per relationship. A relationship is one fact of one article
 * with its evidence sentences ({@link ArticleFacts}).
 *
 * <p>An entity is created with its name, type, label and titles; an existing one is only matched
 * here, so it is not locked for writing (its name, type, label and aliases are then decided from
 * all its mentions by {@link EntityRefresh}). Titles are a list that grows: after the merge, the
 * entities of the batch that bring some they lack gain them, appended in order. That statement's
 * {@code SET} reads the list it writes, so Cypher locks the node before reading it: two
 * transactions that add titles to one entity at once both keep theirs. No
 * statement reads what it writes row by row (that makes Cypher buffer every row, an "Eager"
 * plan); the one wait is {@code collect()}, for all the merges, before the relationships. The
 * entity's label and the relationship's type are parameters used through Cypher's dynamic
 * {@code $(…)} syntax; they come from {@code EntityType} and {@code Predicate}, never from raw
 * text.
 */
final class FactWrites {

  // The WHERE reads without a lock: lists only grow, so an entity that seems to hold all the
  // batch's names does; the SET reads them again, under the lock its dependency takes.
  private static final String ADD_TITLES = """
      UNWIND $rows AS row
      MATCH (e:Entity {key: row.key})
      WHERE any(t IN row.titles WHERE NOT t IN coalesce(e.titles, []))
      SET e.titles = coalesce(e.titles, []) + [t IN row.titles WHERE NOT t IN coalesce(e.titles, [])]""";

  // Relationship rows hold the positions of their ends in "ends": entities, then concepts, then quotations.
  private static final String WRITE_FACTS = """
      UNWIND $entities AS row
      MERGE (e:Entity {key: row.key})
      ON CREATE SET e:$(row.type), e.name = row.name, e.type = row.type, e.aliases = [], e.joins = [], e.titles = row.titles,
          e.lastWord = row.lastWord, e.initials = row.initials
      WITH collect(e) AS entities
      CALL () {
        UNWIND $concepts AS row
        MERGE (c:Concept {key: row.key})
        ON CREATE SET c.name = row.name
        RETURN collect(c) AS concepts
      }
      CALL () {
        UNWIND $quotes AS row
        MERGE (q:Quote {key: row.key})
        ON CREATE SET q.text = row.text
        RETURN collect(q) AS quotes
      }
      WITH entities + concepts + quotes AS ends
      UNWIND $relations AS row
      WITH row, ends[row.from] AS a, ends[row.to] AS b
      CREATE (a)-[:$(row.type) {sentenceId: row.sentenceId, sentenceIds: row.sentenceIds, count: row.count,
          articleId: row.articleId, text: row.text, lemma: row.lemma, verb: row.verb, negated: row.negated,
          modality: row.modality, confidence: row.confidence, date: row.date, place: row.place,
          reportedBy: row.reportedBy}]->(b)""";

  private FactWrites() {}

  /** The statements, for the test of their plans. */
  static List<String> statements() {
    return List.of(ADD_TITLES, WRITE_FACTS);
  }

  /** Writes the batch's entities, concepts, quotations and relationships in {@code tx}. */
  static void write(TransactionContext tx, ArticleBatch batch) {
    int created = tx.run(WRITE_FACTS, Map.of("entities", batch.entities(), "concepts", batch.concepts(),
        "quotes", batch.quotes(), "relations", batch.relations())).consume().counters().relationshipsCreated();
    if (created != batch.relations().size()) {
      throw new IllegalStateException("created " + created + " of " + batch.relations().size()
          + " relationships: an end was not among the merged nodes");
    }
    addTitles(tx, batch.entities());
  }

  /** Appends to existing entities the titles of the batch they lack (those the batch created have them already). */
  @SuppressWarnings("unchecked")
  static void addTitles(SimpleQueryRunner tx, List<Map<String, Object>> entities) {
    List<Map<String, Object>> titled = entities.stream()
        .filter(r -> !((List<String>) r.get("titles")).isEmpty())
        .map(r -> Map.of("key", r.get("key"), "titles", r.get("titles")))
        .toList();
    if (!titled.isEmpty()) {
      tx.run(ADD_TITLES, Map.of("rows", titled)).consume();
    }
  }
}
