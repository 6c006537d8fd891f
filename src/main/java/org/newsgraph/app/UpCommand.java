package org.newsgraph.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "up", mixinStandardHelpOptions = true,
    description = {
        "Starts the embedded Neo4j, loads the articles (default: seeds/) and serves Neo4j Browser until Ctrl-C.",
        "Bolt listens on 127.0.0.1:--bolt-port, Neo4j Browser on http://localhost:--http-port/browser/.",
        "Data stays in --data between runs; already loaded, unchanged articles are skipped."})
final class UpCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR", defaultValue = "seeds",
      description = "Articles to load at start (default: ${DEFAULT-VALUE}).")
  List<Path> inputs;

  @Mixin ConnectionOptions connection;

  @Override
  public Integer call() throws InterruptedException {
    Settings settings = connection.settings();
    if (!settings.embedded()) {
      System.err.println("error: 'up' runs the embedded Neo4j; to load into " + settings.uri() + " use 'newsgraph load'.");
      return 2;
    }
    var extractor = Extraction.lazy(Extraction::fromShippedModels);
    Neo4jConnection neo4j = Neo4jConnection.open(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("Stopping Neo4j …");
      neo4j.close();
      stopped.countDown();
    }, "newsgraph-shutdown"));
    neo4j.store().applySchema();
    LoadJob.Summary summary = new LoadJob(new ArticleReader(Path.of("")), extractor, neo4j.store(), System.err,
        LoadJob.Options.defaults().withProgress(ProgressLine.stderrIsTerminal())).run(inputs);
    EmbeddedNeo4j server = neo4j.embedded();
    System.out.println("Loaded: " + summary.describe());
    var counts = neo4j.store().counts();
    System.out.printf("Graph:         %d article(s), %d entities, %d concepts, %d relations%n",
        counts.get("articles"), counts.get("entities"), counts.get("concepts"), counts.get("relations"));
    System.out.println("Data folder:   " + settings.dataDir().toAbsolutePath().normalize());
    System.out.println("Neo4j Browser: " + server.browserUrl()
        + "  (Connect URL bolt://localhost:" + server.boltPort() + ", authentication: none)");
    System.out.println("Try:           MATCH (p:Person)-[r]->(o) RETURN p, r, o LIMIT 50");
    System.out.println("Press Ctrl-C to stop.");
    stopped.await();
    return 0;
  }
}
