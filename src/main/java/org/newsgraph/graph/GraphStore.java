package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.extract.ExtractedArticle;

/**
 * Writes extracted articles into Neo4j through the Bolt driver. The only package that knows Neo4j.
 *
 * <p>Articles are written in batches, one transaction per batch of whole articles: an article is
 * either all there or not at all. Shared nodes (entities, concepts, quotations) are merged first, once per
 * batch and sorted by key, with the relationships between them ({@link FactWrites}); then articles
 * with their sentences and mentions. A changed article first loses what its previous version
 * wrote (its sentences, mentions and relations, and the entities, concepts and quotations that
 * only it supported). Every statement is fixed and parameterised; relationship types come from
 * {@code Predicate}, which only admits upper snake case, and are passed through Cypher's dynamic
 * {@code $(…)} syntax, never spliced into text. Thread-safe (the driver is).
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
      WITH o WHERE (o:Concept OR o:Quote) AND NOT EXISTS { (o)--() }
      DELETE o""";

  // Returns the keys of the entities the article mentioned (those still mentioned elsewhere are
  // refreshed) and the surnames and acronyms they take part in (decided again, see SurnameJoins).
  private static final String DELETE_SENTENCES = """
      MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
      OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
      WITH collect(DISTINCT s) AS sentences, collect(DISTINCT e) AS entities
      WITH sentences, entities, [e IN entities | e.key] AS keys,
          [e IN entities | e.key] + [e IN entities WHERE e.lastWord IS NOT NULL | 'entity:' + e.lastWord]
          + reduce(shorts = [], e IN entities | shorts + [a IN coalesce(e.acronyms, []) | 'entity:' + a]) AS surnames
      FOREACH (s IN sentences | DETACH DELETE s)
      WITH entities, keys, surnames
      CALL (entities) {
        UNWIND entities AS e
        WITH e WHERE NOT EXISTS { (e)<-[:MENTIONS]-() }
        DETACH DELETE e
      }
      RETURN keys, surnames""";

  /** A wire copy (see IngestLedger#linkCopy) that changed is an article of its own again. */
  private static final String UNLINK_COPY = """
      MATCH (a:Article {id: $id}) WHERE a.copyOf IS NOT NULL
      REMOVE a.copyOf
      WITH a
      MATCH (a)-[r:SAME_STORY_AS]->()
      DELETE r""";

  private static final String REMOVE_ARTICLE = "MATCH (a:Article {id: $id}) DETACH DELETE a RETURN count(*) AS n";

  /** The wire copies linked to an article (see IngestLedger#linkCopy): they hold nothing of their own. */
  private static final String REMOVE_COPIES = """
      MATCH (:Article {id: $id})<-[:SAME_STORY_AS]-(c:Article)
      WHERE c.copyOf = $id
      WITH c, c.id AS copy
      DETACH DELETE c
      RETURN copy ORDER BY copy""";

  private static final String LOADED_HASHES = """
      UNWIND $ids AS id
      MATCH (a:Article {id: id})
      RETURN a.id AS id, a.sha256 AS sha""";

  // Sentences and mentions are created, not merged: an article is written only when it is new or
  // after its previous version was removed in the same transaction, so none of them exists yet.
  // Properties are named one by one: a "SET a += map" would make Cypher buffer all rows (Eager).
  private static final String WRITE_ARTICLES = """
      UNWIND $rows AS row
      MERGE (a:Article {id: row.id})
      SET a.url = row.url, a.title = row.title, a.authors = row.authors, a.published = row.published,
          a.updated = row.updated, a.source = row.source, a.caption = row.caption, a.sha256 = row.sha256,
          a.signature = row.signature, a.loadedAt = datetime()
      WITH a, row
      UNWIND row.sentences AS sr
      CREATE (a)-[:HAS_SENTENCE]->(s:Sentence {id: sr.id, index: sr.index, text: sr.text, start: sr.start,
          end: sr.end, articleId: row.id})
      WITH s, sr
      UNWIND sr.mentions AS m
      MATCH (e:Entity {key: m.key})
      CREATE (s)-[:MENTIONS {start: m.start, end: m.end, text: m.text, type: m.type, form: m.form, rule: m.rule,
          gender: m.gender}]->(e)""";

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final Runnable beforeWrite;

  public GraphStore(Driver driver, String database) {
    this(driver, database, () -> { });
  }

  /**
   * @param beforeWrite runs before each write transaction and may refuse it by throwing (the
   *     embedded store's check of free disk space, {@link EmbeddedNeo4j#checkSpace()})
   */
  public GraphStore(Driver driver, String database, Runnable beforeWrite) {
    this.driver = driver;
    this.beforeWrite = beforeWrite;
    this.sessionConfig = database == null || database.isBlank()
        ? SessionConfig.defaultConfig()
        : SessionConfig.forDatabase(database);
  }

  /**
   * The property keys and relationship types that loading writes. Cypher plans a statement that
   * names a key or type the store does not have yet as if it could never match, and plans it
   * again once the first one is written; in a first load those second and third plans of the
   * large identity statements cost as much CPU as writing hundreds of articles. Created with the
   * schema, they are there before the first plan.
   */
  static final List<String> PROPERTY_KEYS = List.of("id", "key", "name", "type", "aliases", "joins", "titles",
      "lastWord", "initials", "acronyms", "tally", "joinedShorts", "joinedFrom", "joinedEnd", "joinedBy", "score", "reason",
      "text", "form", "rule", "start", "end", "index", "articleId", "sentenceId", "sentenceIds", "count", "verb", "lemma",
      "negated", "modality", "reportedBy", "gender",
      "confidence", "url", "title", "authors", "published", "updated", "source", "caption", "sha256", "signature",
      "date", "place", "loadedAt", "status");

  /** The relationship types of identity; see {@link #PROPERTY_KEYS}. */
  static final List<String> RELATIONSHIP_TYPES = List.of("MENTIONS", "MAYBE_SAME_AS", "HAS_SENTENCE");

  private static final String CREATE_TOKENS = """
      CALL () { UNWIND $keys AS k CALL db.createProperty(k) }
      CALL () { UNWIND $types AS t CALL db.createRelationshipType(t) }""";

  /**
   * Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS), creates the
   * property keys and relationship types of {@link #PROPERTY_KEYS}, and brings a store written by
   * an earlier NewsGraph to today's model ({@link IdentityMigration}, {@link FactMigration}).
   */
  public void applySchema() {
    try (Session session = driver.session(sessionConfig)) {
      for (String statement : CypherScript.statements(CypherScript.resource("/cypher/schema.cypher"))) {
        session.executeWrite(tx -> tx.run(statement).consume());
      }
      session.executeWrite(tx -> tx.run(CREATE_TOKENS, Map.of("keys", PROPERTY_KEYS, "types", RELATIONSHIP_TYPES))
          .consume());
      IdentityMigration.run(session);
      IdentityMigration.addInitials(session);
      FactMigration.run(session);
    }
  }

  /** The content hashes of those of the articles that are loaded, by id: one query for all. */
  public Map<String, String> loadedHashes(Collection<String> articleIds) {
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    try (Session session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> hashes(tx, List.copyOf(articleIds)));
    }
  }

  /** Writes one article in one transaction, replacing an earlier version; skips an unchanged one. */
  public Outcome write(ExtractedArticle extracted) {
    return writeBatch(List.of(extracted)).get(0);
  }

  /**
   * Writes whole articles in one transaction (all of them or none), in order, and returns what
   * happened to each. The result is the graph that writing them one by one gives. Article ids
   * must be distinct. The driver's managed transaction retries transient failures (deadlocks,
   * leader changes); the work is re-read from the start each time.
   */
  public List<Outcome> writeBatch(List<ExtractedArticle> batch) {
    if (batch.stream().map(x -> x.article().id()).distinct().count() != batch.size()) {
      throw new IllegalArgumentException("a batch holds the same article twice");
    }
    List<GraphRows> rows = batch.stream().map(GraphRows::of).toList();
    beforeWrite.run();
    try (Session session = driver.session(sessionConfig)) {
      return session.executeWrite(tx -> writeBatch(tx, batch, rows));
    }
  }

  private static List<Outcome> writeBatch(TransactionContext tx, List<ExtractedArticle> batch, List<GraphRows> rows) {
    Map<String, String> loaded = hashes(tx, batch.stream().map(x -> x.article().id()).toList());
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    List<GraphRows> pending = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      var article = batch.get(i).article();
      String previous = loaded.get(article.id());
      if (previous == null) {
        pending.add(rows.get(i));
        outcomes.add(Outcome.CREATED);
      } else if (previous.equals(article.sha256())) {
        outcomes.add(Outcome.UNCHANGED);
      } else {
        // What the old version supported may be shared with articles earlier in the batch: write
        // those first, so that the removal sees the same graph as one-by-one loading would.
        writeNew(tx, pending);
        pending.clear();
        removeContent(tx, article.id());
        writeNew(tx, List.of(rows.get(i)));
        outcomes.add(Outcome.REPLACED);
      }
    }
    writeNew(tx, pending);
    return outcomes;
  }

  /** Writes articles that have nothing in the graph yet: shared nodes first, then the rest. */
  private static void writeNew(TransactionContext tx, List<GraphRows> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> localKeys = rows.stream().flatMap(r -> r.entities().stream()).map(e -> (String) e.get("key"))
        .distinct().sorted().toList();
    boolean anyRule = IdentityRules.any(tx);
    Map<String, IdentityRules.Rule> rules = anyRule ? IdentityRules.sameFor(tx, localKeys) : Map.of();
    ArticleBatch batch = ArticleBatch.of(rows.stream().map(r -> r.remap(rules)).toList());
    FactWrites.write(tx, batch);
    run(tx, WRITE_ARTICLES, batch.articles());
    List<String> keys = batch.entities().stream().map(e -> (String) e.get("key")).toList();
    EntityRefresh.refreshAdded(tx, batch.articles());
    SurnameJoins.reconcile(tx, keys, anyRule);
  }

  private static Map<String, String> hashes(TransactionContext tx, List<String> ids) {
    Map<String, String> out = new HashMap<>();
    tx.run(LOADED_HASHES, Map.of("ids", ids)).forEachRemaining(r -> out.put(r.get("id").asString(), r.get("sha").asString(null)));
    return out;
  }

  /** Counts of what the graph holds: articles, entities, concepts, quotations and relations (facts). */
  public Map<String, Long> counts() {
    try (Session session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> {
        var r = tx.run("""
            CALL () { MATCH (a:Article) RETURN count(a) AS articles }
            CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
            CALL () { MATCH (c:Concept) RETURN count(c) AS concepts }
            CALL () { MATCH (q:Quote) RETURN count(q) AS quotes }
            CALL () { MATCH (:Entity)-[r]->() WHERE r.sentenceId IS NOT NULL RETURN count(r) AS relations }
            RETURN articles, entities, concepts, quotes, relations""").single();
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (String k : r.keys()) {
          out.put(k, r.get(k).asLong());
        }
        return out;
      });
    }
  }

  /**
   * What {@link #remove} did: whether the article was there, and the ids of the wire copies linked
   * to it, which went with it.
   */
  public record Removal(boolean found, List<String> copies) {
    public Removal {
      copies = List.copyOf(copies);
    }
  }

  /**
   * Deletes an article, everything only it supported, and the wire copies linked to it: a copy
   * holds no text or facts of its own, and would otherwise keep naming an article that is gone
   * while its hash kept it from being loaded again. A removed copy is loaded as a new article
   * the next time it is read.
   */
  public Removal remove(String articleId) {
    try (Session session = driver.session(sessionConfig)) {
      return session.executeWrite(tx -> remove(tx, articleId));
    }
  }

  /**
   * Removes the article as {@link #remove} does, but only if it is loaded with the content hash
   * {@code sha256} (read in the same transaction); otherwise leaves everything and returns a
   * removal that found nothing.
   */
  public Removal removeIfContent(String articleId, String sha256) {
    try (Session session = driver.session(sessionConfig)) {
      return session.executeWrite(tx -> sha256.equals(hashes(tx, List.of(articleId)).get(articleId))
          ? remove(tx, articleId) : new Removal(false, List.of()));
    }
  }

  private static Removal remove(TransactionContext tx, String articleId) {
    removeContent(tx, articleId);
    List<String> copies = tx.run(REMOVE_COPIES, Map.of("id", articleId)).list(r -> r.get("copy").asString());
    boolean found = tx.run(REMOVE_ARTICLE, Map.of("id", articleId)).single().get("n").asLong() > 0;
    return new Removal(found, copies);
  }

  /** Every statement that loading and removing run, for the test of their plans. */
  static List<String> statements() {
    List<String> out = new ArrayList<>(List.of(DELETE_RELATIONS, DELETE_SENTENCES, REMOVE_ARTICLE, REMOVE_COPIES, LOADED_HASHES,
        WRITE_ARTICLES));
    out.addAll(FactWrites.statements());
    out.addAll(EntityRefresh.statements());
    out.addAll(EntityMerge.statements());
    out.addAll(SurnameJoins.statements());
    out.addAll(SurnameContext.statements());
    out.addAll(IdentityRules.statements());
    out.addAll(IdentityMigration.statements());
    out.addAll(FactMigration.statements());
    return out;
  }

  private static void removeContent(TransactionContext tx, String id) {
    tx.run(DELETE_RELATIONS, Map.of("id", id)).consume();
    Record deleted = tx.run(DELETE_SENTENCES, Map.of("id", id)).single();
    EntityRefresh.refresh(tx, deleted.get("keys").asList(v -> v.asString()));
    SurnameJoins.reconcileSurnames(tx, deleted.get("surnames").asList(v -> v.asString()));
    tx.run(UNLINK_COPY, Map.of("id", id)).consume();
  }

  private static void run(TransactionContext tx, String statement, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      tx.run(statement, Map.of("rows", rows)).consume();
    }
  }
}
