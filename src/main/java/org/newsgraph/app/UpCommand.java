package org.newsgraph.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.IngestRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "up", mixinStandardHelpOptions = true,
    description = {
        "Starts the embedded Neo4j, loads the articles (default: seeds/) and serves Neo4j Browser until Ctrl-C.",
        "Meanwhile it watches the folders and --feed feeds as 'watch' does, polling every --every.",
        "Bolt listens on 127.0.0.1:--bolt-port, Neo4j Browser on http://localhost:--http-port/browser/.",
        "Both need the store's password (user neo4j, made once, kept in --data's neo4j-password file); the link it",
        "prints opens Browser already connected, with NewsGraph's guide (its queries, clickable) and graph style.",
        "Data stays in --data between runs; already loaded, unchanged articles are skipped."})
final class UpCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR", defaultValue = "seeds",
      description = "Article folders or files to load and watch (default: ${DEFAULT-VALUE}).")
  List<Path> inputs;

  @Mixin WatchOptions watch;

  @Mixin ConnectionOptions connection;

  @Mixin BrowserOption browser;

  @Override
  public Integer call() throws InterruptedException {
    Settings settings = connection.settings(browser.httpPort);
    if (!settings.embedded()) {
      System.err.println("error: 'up' runs the embedded Neo4j; to load into " + settings.uri() + " use 'newsgraph load'.");
      return 2;
    }
    var extractor = Extraction.lazy(Extraction::fromShippedModels);
    Neo4jConnection neo4j = Neo4jConnection.open(settings);
    try (Watching watching = new Watching(inputs, watch, neo4j, extractor, System.err)) {
      neo4j.store().applySchema();
      List<IngestRun> first = watching.pollOnce();
      if (watching.stopping()) {
        return 130;
      }
      EmbeddedNeo4j server = neo4j.embedded();
      System.out.println("Loaded: " + Watching.summary(first));
      var counts = neo4j.store().counts();
      System.out.printf("Graph:         %d article(s), %d entities, %d concepts, %d quotations, %d relations%n",
          counts.get("articles"), counts.get("entities"), counts.get("concepts"), counts.get("quotes"),
          counts.get("relations"));
      System.out.println("Data folder:   " + settings.dataDir().toAbsolutePath().normalize());
      BrowserOption.printBrowserLines(server, System.out);
      System.out.println("Watching:      " + String.join(", ", inputs.stream().map(Path::toString).toList())
          + (watch.feeds.isEmpty() ? "" : " and " + watch.feeds.size() + " feed(s)")
          + ", every " + Watching.describe(watch.every) + " ('newsgraph status --uri bolt://localhost:"
          + server.boltPort() + (settings.dataDir().equals(Path.of("data")) ? "" : " --data " + settings.dataDir())
          + "' shows the polls)");
      System.out.println("Press Ctrl-C to stop.");
      watching.pollEvery(watch.every);
      return 0;
    } catch (RuntimeException e) {
      neo4j.close();
      throw e;
    }
  }
}
