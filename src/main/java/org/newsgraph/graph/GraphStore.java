package org.newsgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.extract.ExtractedArticle;

/**
 * Writes extracted articles into Neo4j through the Bolt driver. The only package that knows Neo4j.
 *
 * <p>Each article is written in one transaction: an article is either all there or not at all. A
 * changed article first loses what its previous version wrote (its sentences, mentions and
 * relations, and the entities and concepts that only it supported). Every statement is fixed and
 * parameterised; relationship types come from {@code Predicate}, which only admits upper snake
 * case, and are passed through Cypher's dynamic {@code $(…)} syntax, never spliced into text.
 * Thread-safe (the driver is).
 */
public final class GraphStore {

  /** What loading one article did. */
  public enum Outcome { CREATED, REPLACED, UNCHANGED }

  private static final String DELETE_RELATIONS = """
      MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity)-[r]->(o)
      WHERE r.articleId = $id
      WITH collect(DISTINCT r) AS rels, collect(DISTINCT o) AS objects
      FOREACH (r IN rels | DELETE r)
      WITH objects
      UNWIND objects AS o
      WITH o WHERE o:Concept AND NOT EXISTS { (o)--() }
      DELETE o""";

  private static final String DELETE_SENTENCES = """
      MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
      OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
      WITH collect(DISTINCT s) AS sentences, collect(DISTINCT e) AS entities
      FOREACH (s IN sentences | DETACH DELETE s)
      WITH entities
      UNWIND entities AS e
      WITH e WHERE NOT EXISTS { (e)<-[:MENTIONS]-() }
      DETACH DELETE e""";

  private static final String WRITE_ARTICLE = """
      MERGE (a:Article {id: $article.id})
      SET a += $article, a.loadedAt = datetime()""";

  private static final String WRITE_SENTENCES = """
      MATCH (a:Article {id: $id})
      UNWIND $rows AS row
      MERGE (s:Sentence {id: row.id})
      SET s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end, s.articleId = $id
      MERGE (a)-[:HAS_SENTENCE]->(s)""";

  private static final String WRITE_ENTITIES = """
      UNWIND $rows AS row
      MERGE (e:Entity {key: row.key})
      ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = [], e.titles = []
      SET e:$(row.type),
          e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
          e.titles = reduce(acc = coalesce(e.titles, []), x IN row.titles | CASE WHEN x IN acc THEN acc ELSE acc + x END)""";

  private static final String WRITE_CONCEPTS = """
      UNWIND $rows AS row
      MERGE (c:Concept {key: row.key})
      ON CREATE SET c.name = row.name""";

  private static final String WRITE_MENTIONS = """
      UNWIND $rows AS row
      MATCH (s:Sentence {id: row.sentenceId})
      MATCH (e:Entity {key: row.key})
      MERGE (s)-[m:MENTIONS {start: row.start}]->(e)
      SET m.end = row.end, m.text = row.text""";

  private static final String WRITE_ENTITY_RELATIONS = """
      UNWIND $rows AS row
      MATCH (a:Entity {key: row.from})
      MATCH (b:Entity {key: row.to})
      MERGE (a)-[r:$(row.type) {sentenceId: row.sentenceId}]->(b)
      SET r += row.props""";

  private static final String WRITE_CONCEPT_RELATIONS = """
      UNWIND $rows AS row
      MATCH (a:Entity {key: row.from})
      MATCH (b:Concept {key: row.to})
      MERGE (a)-[r:$(row.type) {sentenceId: row.sentenceId}]->(b)
      SET r += row.props""";

  private final Driver driver;
  private final SessionConfig sessionConfig;

  public GraphStore(Driver driver, String database) {
    this.driver = driver;
    this.sessionConfig = database == null || database.isBlank()
        ? SessionConfig.defaultConfig()
        : SessionConfig.forDatabase(database);
  }

  /** Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS). */
  public void applySchema() {
    try (Session session = driver.session(sessionConfig)) {
      for (String statement : CypherScript.statements(CypherScript.resource("/cypher/schema.cypher"))) {
        session.executeWrite(tx -> tx.run(statement).consume());
      }
    }
  }

  /** The content hash of the loaded version of an article, if it is loaded. */
  public Optional<String> loadedHash(String articleId) {
    try (Session session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> {
        var result = tx.run("MATCH (a:Article {id: $id}) RETURN a.sha256 AS sha", Map.of("id", articleId));
        return result.hasNext() ? Optional.ofNullable(result.next().get("sha").asString(null)) : Optional.empty();
      });
    }
  }

  /** Writes one article in one transaction, replacing an earlier version; skips an unchanged one. */
  public Outcome write(ExtractedArticle extracted) {
    GraphRows rows = GraphRows.of(extracted);
    String id = extracted.article().id();
    try (Session session = driver.session(sessionConfig)) {
      return session.executeWrite(tx -> {
        var existing = tx.run("MATCH (a:Article {id: $id}) RETURN a.sha256 AS sha", Map.of("id", id));
        Outcome outcome = Outcome.CREATED;
        if (existing.hasNext()) {
          if (extracted.article().sha256().equals(existing.next().get("sha").asString(null))) {
            return Outcome.UNCHANGED;
          }
          removeContent(tx, id);
          outcome = Outcome.REPLACED;
        }
        tx.run(WRITE_ARTICLE, Map.of("article", rows.article())).consume();
        run(tx, WRITE_SENTENCES, id, rows.sentences());
        run(tx, WRITE_ENTITIES, id, rows.entities());
        run(tx, WRITE_CONCEPTS, id, rows.concepts());
        run(tx, WRITE_MENTIONS, id, rows.mentions());
        run(tx, WRITE_ENTITY_RELATIONS, id, rows.entityRelations());
        run(tx, WRITE_CONCEPT_RELATIONS, id, rows.conceptRelations());
        return outcome;
      });
    }
  }

  /** Counts of what the graph holds: articles, entities, concepts and relations. */
  public Map<String, Long> counts() {
    try (Session session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> {
        var r = tx.run("""
            CALL () { MATCH (a:Article) RETURN count(a) AS articles }
            CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
            CALL () { MATCH (c:Concept) RETURN count(c) AS concepts }
            CALL () { MATCH (:Entity)-[r]->() WHERE r.sentenceId IS NOT NULL RETURN count(r) AS relations }
            RETURN articles, entities, concepts, relations""").single();
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (String k : r.keys()) {
          out.put(k, r.get(k).asLong());
        }
        return out;
      });
    }
  }

  /** Deletes an article and everything only it supported. Returns false when it was not loaded. */
  public boolean remove(String articleId) {
    try (Session session = driver.session(sessionConfig)) {
      return session.executeWrite(tx -> {
        removeContent(tx, articleId);
        return tx.run("MATCH (a:Article {id: $id}) DETACH DELETE a RETURN count(*) AS n", Map.of("id", articleId))
            .single().get("n").asLong() > 0;
      });
    }
  }

  private static void removeContent(TransactionContext tx, String id) {
    tx.run(DELETE_RELATIONS, Map.of("id", id)).consume();
    tx.run(DELETE_SENTENCES, Map.of("id", id)).consume();
  }

  private static void run(TransactionContext tx, String statement, String id, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      tx.run(statement, Map.of("id", id, "rows", rows)).consume();
    }
  }
}
