package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.extract.Keys;
import org.newsgraph.extract.Predicate;

/**
 * Brings a store written before facts were folded per article and quotations had their own label
 * to today's model: an older relationship (a {@code sentenceId} but no {@code sentenceIds}) is
 * folded with the other relationships of its article that state the same fact, as
 * {@link ArticleFacts} folds them when loading, and a relationship of reported speech ({@code SAY},
 * {@code SUGGEST}, …: a lemma of {@link Predicate#reportingLemmas()}) to a {@code :Concept} moves to
 * a {@code :Quote} holding the concept's words; a concept left with no relationship goes. It works
 * in transactions of a few hundred articles and can stop at any point: what is left is taken up at
 * the next start.
 */
final class FactMigration {

  private static final int ARTICLES = 500;

  // Reads every entity's relationships, once per start: no index covers relationships of any type.
  private static final String OLD_ARTICLES = """
      MATCH (:Entity)-[r]->()
      WHERE r.sentenceId IS NOT NULL AND r.sentenceIds IS NULL AND r.articleId IS NOT NULL
      RETURN DISTINCT r.articleId AS id
      LIMIT $limit""";

  private static final String OLD_FACTS = """
      MATCH (e:Entity)-[r]->(o)
      WHERE r.articleId IN $ids AND r.sentenceId IS NOT NULL AND r.sentenceIds IS NULL
      RETURN elementId(r) AS rel, r.articleId AS articleId, r.sentenceId AS sentenceId, e.key AS from,
          type(r) AS type, elementId(o) AS to, o:Concept AND r.lemma IN $reporting AS said, o.name AS name,
          r.text AS text, r.negated AS negated, r.modality AS modality, r.confidence AS confidence, r.date AS date,
          r.place AS place""";

  // A relationship is found from its start, by the start's key: Cypher would rather read every
  // relationship than seek one by its element id.
  private static final String DROP = """
      UNWIND $rows AS row
      MATCH (:Entity {key: row.from})-[r]->() WHERE elementId(r) = row.rel
      DELETE r""";

  private static final String FOLD = """
      UNWIND $rows AS row
      MATCH (:Entity {key: row.from})-[r]->() WHERE elementId(r) = row.rel
      SET r.sentenceIds = row.sentenceIds, r.count = row.count, r.confidence = row.confidence, r.date = row.date,
          r.place = row.place""";

  private static final String TO_QUOTE = """
      UNWIND $rows AS row
      MATCH (e:Entity {key: row.from})-[r]->(c:Concept) WHERE elementId(r) = row.rel
      MERGE (q:Quote {key: row.to})
      ON CREATE SET q.text = c.name
      CREATE (e)-[n:$(type(r))]->(q)
      SET n = properties(r)
      DELETE r""";

  private static final String DROP_CONCEPTS = """
      UNWIND $ids AS id
      MATCH (c:Concept) WHERE elementId(c) = id AND NOT EXISTS { (c)--() }
      DELETE c""";

  private FactMigration() {}

  /** Migrates what is old; returns how many old relationships there were. */
  static int run(Session session) {
    return Batches.untilNone(session, FactMigration::batch);
  }

  private static int batch(TransactionContext tx) {
    List<String> ids = tx.run(OLD_ARTICLES, Map.of("limit", ARTICLES)).list(r -> r.get("id").asString());
    if (ids.isEmpty()) {
      return 0;
    }
    List<Map<String, Object>> old = new ArrayList<>(tx.run(OLD_FACTS, Map.of("ids", ids, "reporting",
        List.copyOf(Predicate.reportingLemmas()))).list(FactMigration::row));
    old.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("articleId"))
        .thenComparingInt(r -> sentenceIndex((String) r.get("sentenceId")))
        .thenComparing(r -> String.valueOf(r.get("text")))
        .thenComparing(r -> (String) r.get("rel")));
    Map<String, List<Map<String, Object>>> byArticle = new LinkedHashMap<>();
    old.forEach(r -> byArticle.computeIfAbsent((String) r.get("articleId"), k -> new ArrayList<>()).add(r));
    List<Map<String, Object>> facts = new ArrayList<>();
    byArticle.values().forEach(rows -> facts.addAll(ArticleFacts.fold(rows)));

    Set<String> kept = new HashSet<>();
    facts.forEach(f -> kept.add((String) f.get("rel")));
    List<Map<String, Object>> dropped = old.stream().filter(r -> !kept.contains((String) r.get("rel"))).toList();
    List<Map<String, Object>> said = facts.stream().filter(f -> f.get("concept") != null).toList();
    List<String> concepts = old.stream().map(r -> (String) r.get("concept")).filter(Objects::nonNull).distinct()
        .toList();
    tx.run(DROP, Map.of("rows", dropped)).consume();
    tx.run(FOLD, Map.of("rows", facts)).consume();
    tx.run(TO_QUOTE, Map.of("rows", said)).consume();
    tx.run(DROP_CONCEPTS, Map.of("ids", concepts)).consume();
    return old.size();
  }

  /**
   * An old relationship as the row {@link ArticleFacts} folds: its start by key, its end by element
   * id, except that reported speech ends at the key of the quotation its concept becomes
   * ({@code concept} then holds the concept's element id).
   */
  private static Map<String, Object> row(Record r) {
    boolean said = r.get("said").asBoolean(false);
    Map<String, Object> row = new HashMap<>();
    row.put("rel", r.get("rel").asString());
    row.put("from", r.get("from").asString());
    row.put("to", said ? Keys.quote(r.get("name").asString()) : r.get("to").asString());
    row.put("concept", said ? r.get("to").asString() : null);
    for (String k : List.of("articleId", "sentenceId", "type", "text", "negated", "modality", "confidence", "date",
        "place")) {
      row.put(k, r.get(k).isNull() ? null : r.get(k).asObject());
    }
    return row;
  }

  /** The sentence's index in its article: the number after the last '#' of its id. */
  private static int sentenceIndex(String sentenceId) {
    try {
      return Integer.parseInt(sentenceId.substring(sentenceId.lastIndexOf('#') + 1));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /**
   * The statements, for the test of their plans; not the two that read every entity's
   * relationships (once per start, and once for each batch of an older store), nor the one that
   * finds concepts by element id.
   */
  static List<String> statements() {
    return List.of(DROP, FOLD, TO_QUOTE);
  }
}
