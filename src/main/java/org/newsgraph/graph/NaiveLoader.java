package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.newsgraph.extract.ExtractedArticle;

/**
 * The baselines that the loader is measured against: the common way of loading triples, one
 * {@code MERGE} per end and one per relationship for every row, with a uniqueness constraint on
 * the key. For benchmarks only.
 *
 * <p>{@link #load} is the bare form (keys and a {@code REL} relationship, no properties).
 * {@link #loadSameGraph} writes, the same naive way, what the loader writes for articles without
 * sentences: for every relation row (one per fact of an article, see {@link ArticleFacts}) it merges
 * the article (setting its properties when created), both entities (labels, name, type and lists
 * when created) and the relationship keyed by its first evidence sentence, then sets the
 * relationship's evidence properties.
 *
 * <p>{@link #loadFloor} is not naive: it writes the bare rows the cheapest way the loader's
 * methods allow (each batch's distinct keys merged once, in order, and a relationship created
 * per row between them, by position, with no properties), less than any loader of NewsGraph's
 * graph must write. Its time is the floor that statement shapes can reach on these rows.
 */
public final class NaiveLoader {

  private static final String CONSTRAINT =
      "CREATE CONSTRAINT naive_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE";

  private static final String ARTICLE_CONSTRAINT =
      "CREATE CONSTRAINT naive_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE";

  private static final String MERGE_ROWS = """
      UNWIND $rows AS row
      MERGE (a:Entity {key: row.from})
      MERGE (b:Entity {key: row.to})
      MERGE (a)-[:REL]->(b)""";

  private static final String MERGE_SAME_GRAPH = """
      UNWIND $rows AS row
      MERGE (art:Article {id: row.articleId})
      ON CREATE SET art.title = row.title, art.source = row.source, art.sha256 = row.sha256, art.loadedAt = datetime()
      MERGE (a:Entity {key: row.from})
      ON CREATE SET a:$(row.fromType), a.name = row.fromName, a.type = row.fromType, a.aliases = [], a.titles = []
      MERGE (b:Entity {key: row.to})
      ON CREATE SET b:$(row.toType), b.name = row.toName, b.type = row.toType, b.aliases = [], b.titles = []
      MERGE (a)-[r:%s {sentenceId: row.sentenceId}]->(b)
      SET r.sentenceIds = row.sentenceIds, r.count = row.count, r.articleId = row.articleId, r.text = row.text,
          r.lemma = row.lemma, r.verb = row.verb, r.negated = row.negated, r.modality = row.modality,
          r.confidence = row.confidence, r.date = row.date, r.place = row.place, r.reportedBy = row.reportedBy""";

  private static final String FLOOR = """
      UNWIND $keys AS key
      MERGE (e:Entity {key: key})
      WITH collect(e) AS ends
      UNWIND $relations AS row
      WITH ends[row.from] AS a, ends[row.to] AS b
      CREATE (a)-[:REL]->(b)""";

  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final Driver driver;

  public NaiveLoader(Driver driver) {
    this.driver = driver;
  }

  /** Writes {@code rows} ({@code from}, {@code to} keys) in transactions of {@code batchSize} rows. */
  public void load(List<Map<String, Object>> rows, int batchSize) {
    try (Session session = driver.session(SessionConfig.defaultConfig())) {
      session.executeWrite(tx -> tx.run(CONSTRAINT).consume());
      for (int from = 0; from < rows.size(); from += batchSize) {
        List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
        session.executeWrite(tx -> tx.run(MERGE_ROWS, Map.of("rows", batch)).consume());
      }
    }
  }

  /**
   * Writes {@code rows} ({@code from}, {@code to} keys) as {@link #loadFloor} describes, in
   * transactions of {@code batchSize} rows: a relationship per row, repeated pairs included.
   */
  public void loadFloor(List<Map<String, Object>> rows, int batchSize) {
    try (Session session = driver.session(SessionConfig.defaultConfig())) {
      session.executeWrite(tx -> tx.run(CONSTRAINT).consume());
      for (int from = 0; from < rows.size(); from += batchSize) {
        List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
        TreeSet<String> distinct = new TreeSet<>();
        batch.forEach(row -> {
          distinct.add((String) row.get("from"));
          distinct.add((String) row.get("to"));
        });
        List<String> keys = List.copyOf(distinct);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
          position.put(keys.get(i), i);
        }
        List<Map<String, Object>> relations = batch.stream()
            .<Map<String, Object>>map(row -> Map.of("from", position.get(row.get("from")), "to", position.get(row.get("to"))))
            .toList();
        session.executeWrite(tx -> tx.run(FLOOR, Map.of("keys", keys, "relations", relations)).consume());
      }
    }
  }

  /**
   * Writes the relations of {@code articles} (whose ends must be entities), one row each, in
   * transactions of {@code batchSize} rows.
   */
  public void loadSameGraph(List<ExtractedArticle> articles, int batchSize) {
    List<Map<String, Object>> rows = sameGraphRows(articles);
    try (Session session = driver.session(SessionConfig.defaultConfig())) {
      for (String s : List.of(CONSTRAINT, ARTICLE_CONSTRAINT)) {
        session.executeWrite(tx -> tx.run(s).consume());
      }
      for (int from = 0; from < rows.size(); from += batchSize) {
        // The relationship type is written into the statement, one statement per type in the
        // batch, as loaders without dynamic types do: with a dynamic type this MERGE grew slower
        // with every relationship in the graph (Neo4j 5.26; 100,000 rows did not finish).
        Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
        for (Map<String, Object> row : rows.subList(from, Math.min(rows.size(), from + batchSize))) {
          byType.computeIfAbsent((String) row.get("type"), k -> new ArrayList<>()).add(row);
        }
        session.executeWrite(tx -> {
          byType.forEach((type, batch) -> {
            if (!TYPE.matcher(type).matches()) {
              throw new IllegalArgumentException("not a relationship type: " + type);
            }
            tx.run(MERGE_SAME_GRAPH.formatted(type), Map.of("rows", batch)).consume();
          });
          return null;
        });
      }
    }
  }

  /** A row per relation: the relation's own row with its article's properties and its ends' names and types. */
  static List<Map<String, Object>> sameGraphRows(List<ExtractedArticle> articles) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ExtractedArticle x : articles) {
      GraphRows rows = GraphRows.of(x);
      if (!rows.phraseRelations().isEmpty()) {
        throw new IllegalArgumentException("article " + x.article().id() + ": the baseline writes relations between entities only");
      }
      Map<String, Map<String, Object>> entities = new HashMap<>();
      rows.entities().forEach(e -> entities.put((String) e.get("key"), e));
      for (Map<String, Object> relation : rows.entityRelations()) {
        Map<String, Object> row = new HashMap<>(relation);
        Map<String, Object> from = entities.get((String) relation.get("from"));
        Map<String, Object> to = entities.get((String) relation.get("to"));
        row.put("fromName", from.get("name"));
        row.put("fromType", from.get("type"));
        row.put("toName", to.get("name"));
        row.put("toType", to.get("type"));
        row.put("title", rows.article().get("title"));
        row.put("source", rows.article().get("source"));
        row.put("sha256", rows.article().get("sha256"));
        out.add(row);
      }
    }
    return out;
  }
}
