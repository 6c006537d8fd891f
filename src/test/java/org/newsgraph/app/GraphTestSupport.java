package org.newsgraph.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.ingest.ArticleReader;

/** A real embedded Neo4j with the schema applied, a driver, and the shipped extraction models. */
final class GraphTestSupport implements AutoCloseable {

  private static ArticleExtractor extractor;

  final EmbeddedNeo4j server;
  final Driver driver;
  final GraphStore store;

  GraphTestSupport(Path dataDir) {
    this(dataDir, -1);
  }

  /** With {@code httpPort} 0, the server also serves Neo4j Browser, on a free port. */
  GraphTestSupport(Path dataDir, int httpPort) {
    server = EmbeddedNeo4j.start(dataDir, 0, httpPort);
    driver = GraphDatabase.driver(server.boltUri(), server.authToken());
    store = new GraphStore(driver, null);
    store.applySchema();
  }

  static synchronized ArticleExtractor extractor() {
    if (extractor == null) {
      extractor = Extraction.fromShippedModels();
    }
    return extractor;
  }

  LoadJob.Summary load(Path... inputs) {
    return new LoadJob(new ArticleReader(Path.of("")), extractor(), store, System.err).run(List.of(inputs));
  }

  List<Record> query(String cypher, Map<String, Object> params) {
    return driver.executableQuery(cypher).withParameters(params).execute().records();
  }

  long count(String cypher, Map<String, Object> params) {
    return query(cypher, params).get(0).get(0).asLong();
  }

  long count(String cypher) {
    return count(cypher, Map.of());
  }

  /** Every node and relationship with its properties (but not load times), sorted: a graph fingerprint. */
  List<String> snapshot() {
    List<String> lines = new java.util.ArrayList<>();
    for (Record r : query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", Map.of())) {
      lines.add("node " + new java.util.TreeSet<>(r.get("labels").asList(v -> v.asString())) + " " + props(r));
    }
    for (Record r : query("""
        MATCH (a)-[r]->(b)
        RETURN type(r) + ' ' + coalesce(a.key, a.id) + ' -> ' + coalesce(b.key, b.id) AS rel, properties(r) AS props""",
        Map.of())) {
      lines.add(r.get("rel").asString() + " " + props(r));
    }
    java.util.Collections.sort(lines);
    return lines;
  }

  private static String props(Record r) {
    java.util.TreeMap<String, Object> props = new java.util.TreeMap<>(r.get("props").asMap());
    props.remove("loadedAt");
    return props.toString();
  }

  @Override
  public void close() {
    driver.close();
    server.close();
  }
}
