package org.newsgraph.app;

import java.nio.file.Path;
import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.ingest.ArticleReader;

/**
 * The child process of {@link CrashReloadIT}: loads a corpus into an embedded store in small
 * batches on one thread, printing {@code committed N} after each batch, until it is killed.
 */
public final class CrashingLoad {

  private CrashingLoad() {}

  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]);
    Path corpus = Path.of(args[1]);
    EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, 0, -1);
    Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken());
    GraphStore store = new GraphStore(driver, null);
    store.applySchema();
    System.out.println("started");
    System.out.flush();
    new LoadJob(new ArticleReader(Path.of("")), Extraction::fromShippedModels, store, System.err,
        LoadJob.Options.defaults().withThreads(1).withBatchArticles(4))
        .onCommitted(n -> {
          System.out.println("committed " + n);
          System.out.flush();
        })
        .run(List.of(corpus));
    System.out.println("finished");
    System.out.flush();
    driver.close();
    server.close();
  }
}
