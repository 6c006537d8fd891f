package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Settles identity in a store written by Neo4j's bulk importer from {@link AdminImportFiles}: the
 * graph that load's writes leave before their identity steps, for all the articles at once. It
 * runs load's own steps, in load's order, over every entity instead of a batch's: each entity's
 * type, label, name, aliases and tally from its mentions ({@link EntityRefresh#refresh}), then the
 * surnames and acronyms those entities take part in ({@link SurnameJoins}), in transactions of
 * {@link #CHUNK} entities or {@link #SURNAME_CHUNK} surnames. There is one implementation of
 * identity; this only chooses what to hand it.
 *
 * <p>Lists first: the importer cannot write an empty list (it leaves the property unset), while
 * load writes an entity's {@code aliases}, {@code joins} and {@code titles} and an article's
 * {@code authors} as lists, empty or not. Running this again on a settled store changes nothing
 * (every step decides from the graph as it is); it costs a read of every entity.
 */
public final class ImportedIdentity {

  static final int CHUNK = 2_000;
  static final int SURNAME_CHUNK = 500;

  private static final String EMPTY_ENTITY_LISTS = """
      MATCH (e:Entity) WHERE e.aliases IS NULL OR e.joins IS NULL OR e.titles IS NULL
      CALL (e) {
        SET e.aliases = coalesce(e.aliases, []), e.joins = coalesce(e.joins, []), e.titles = coalesce(e.titles, [])
      } IN TRANSACTIONS OF 10000 ROWS""";

  private static final String EMPTY_AUTHORS = """
      MATCH (a:Article) WHERE a.authors IS NULL
      CALL (a) { SET a.authors = [] } IN TRANSACTIONS OF 10000 ROWS""";

  private final Driver driver;
  private final SessionConfig sessionConfig;

  public ImportedIdentity(Driver driver, String database) {
    this.driver = driver;
    this.sessionConfig = database == null || database.isBlank()
        ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
  }

  /**
   * What settling did: entities refreshed, surnames and acronyms decided, entities left; and the
   * seconds spent waiting for the indexes, deciding the entities and deciding the surnames.
   */
  public record Settled(int entities, int surnames, long entitiesAfter, double indexSeconds, double entitySeconds,
      double surnameSeconds) {}

  /** Settles identity over the whole store (call after {@link GraphStore#applySchema}). */
  public Settled settle() {
    long t0 = System.nanoTime();
    try (Session session = driver.session(sessionConfig)) {
      // The schema's indexes (last word, initials, …) are built in the background; the identity
      // statements would otherwise be planned without them.
      session.run("CALL db.awaitIndexes(600)").consume();
      long t1 = System.nanoTime();
      session.run(EMPTY_ENTITY_LISTS).consume();
      session.run(EMPTY_AUTHORS).consume();
      List<String> keys = session.executeRead(tx -> tx.run("MATCH (e:Entity) RETURN e.key AS key ORDER BY key")
          .list(r -> r.get("key").asString()));
      for (List<String> chunk : chunks(keys, CHUNK)) {
        session.executeWrite(tx -> {
          EntityRefresh.refresh(tx, chunk);
          return null;
        });
      }
      long t2 = System.nanoTime();
      TreeSet<String> surnames = new TreeSet<>();
      for (List<String> chunk : chunks(keys, CHUNK)) {
        surnames.addAll(session.executeRead(tx -> SurnameJoins.surnamesOf(tx, chunk)));
      }
      for (List<String> chunk : chunks(List.copyOf(surnames), SURNAME_CHUNK)) {
        session.executeWrite(tx -> {
          SurnameJoins.reconcileSurnames(tx, chunk);
          return null;
        });
      }
      long after = session.executeRead(tx -> tx.run("MATCH (e:Entity) RETURN count(e) AS n").single().get("n").asLong());
      long t3 = System.nanoTime();
      return new Settled(keys.size(), surnames.size(), after, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }
  }

  private static List<List<String>> chunks(List<String> all, int size) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      out.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return out;
  }
}
