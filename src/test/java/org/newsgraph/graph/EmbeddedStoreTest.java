package org.newsgraph.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

/**
 * A real embedded Neo4j for the graph tests of a class, with the schema applied, emptied before
 * each test, and the queries they check the graph with.
 */
abstract class EmbeddedStoreTest {

  @TempDir static Path dataDir;
  static EmbeddedNeo4j server;
  static Driver driver;
  static GraphStore store;

  @BeforeAll
  static void start() {
    server = EmbeddedNeo4j.start(dataDir, 0, -1);
    driver = GraphDatabase.driver(server.boltUri(), server.authToken());
    store = new GraphStore(driver, null);
    store.applySchema();
  }

  @AfterAll
  static void stop() {
    driver.close();
    server.close();
  }

  @BeforeEach
  void emptyGraph() {
    query("MATCH (n) DETACH DELETE n");
  }

  static List<Record> query(String cypher) {
    return query(cypher, Map.of());
  }

  static List<Record> query(String cypher, Map<String, Object> params) {
    return driver.executableQuery(cypher).withParameters(params).execute().records();
  }

  static long count(String cypher) {
    return query(cypher).get(0).get(0).asLong();
  }
}
