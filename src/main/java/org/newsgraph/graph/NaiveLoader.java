package org.newsgraph.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The baseline that the loader is measured against: the common way of loading triples, one
 * {@code MERGE} per end and one per relationship for every row, with a uniqueness constraint on
 * the key. For benchmarks only.
 */
public final class NaiveLoader {

  private static final String CONSTRAINT =
      "CREATE CONSTRAINT naive_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE";

  private static final String MERGE_ROWS = """
      UNWIND $rows AS row
      MERGE (a:Entity {key: row.from})
      MERGE (b:Entity {key: row.to})
      MERGE (a)-[:REL]->(b)""";

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
}
