package org.newsgraph.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.graph.IngestRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {
        "Polls folders and news feeds every --every and loads new or changed articles, until Ctrl-C.",
        "Each poll of each source is recorded as an (:IngestRun) node; 'newsgraph status' shows them.",
        "Unchanged articles are skipped by content hash, changed ones replace their old version, and wire copies of"
            + " a loaded story are linked to it (SAME_STORY_AS) instead of being loaded again.",
        "Safe to stop at any moment and to start again; two watchers on one database never poll the same source at once.",
        "With the embedded Neo4j, Neo4j Browser is served on --http-port while it watches (not with --once).",
        "Exit status with --once: 0 when every source was polled without failures, 1 otherwise."})
final class WatchCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "DIR|FILE",
      description = "Folders (or files) to watch (default: seeds, when no --feed is given either).")
  List<Path> paths = new ArrayList<>();

  @Mixin WatchOptions watch;

  @Option(names = "--once", description = "Poll every source once and exit (for cron and scripts).")
  boolean once;

  @Mixin ConnectionOptions connection;

  @Mixin BrowserOption browser;

  @Override
  public Integer call() throws InterruptedException {
    List<Path> folders = paths.isEmpty() && watch.feeds.isEmpty() ? List.of(Path.of("seeds")) : paths;
    var extractor = Extraction.lazy(Extraction::fromShippedModels);
    Neo4jConnection neo4j = Neo4jConnection.open(connection.settings(once ? -1 : browser.httpPort));
    try (Watching watching = new Watching(folders, watch, neo4j, extractor, System.err)) {
      neo4j.store().applySchema();
      List<IngestRun> first = watching.pollOnce();
      if (watching.stopping()) {
        return 130;
      }
      System.out.println("Polled: " + Watching.summary(first));
      if (once) {
        return first.stream().allMatch(r -> r.failed() == 0) ? 0 : 1;
      }
      System.out.println("Watching " + neo4j.description() + "; next poll in " + Watching.describe(watch.every)
          + ". Press Ctrl-C to stop.");
      if (neo4j.embedded() != null && neo4j.embedded().browserUrl() != null) {
        BrowserOption.printBrowserLines(neo4j.embedded(), System.out);
      }
      watching.pollEvery(watch.every);
      return 0;
    } catch (RuntimeException e) {
      neo4j.close();
      throw e;
    }
  }
}
