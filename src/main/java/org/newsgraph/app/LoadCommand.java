package org.newsgraph.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
    description = {
        "Extracts articles and writes them into Neo4j: the embedded store in --data, or the server at --uri.",
        "An unchanged article is skipped; a changed one replaces its previous version.",
        "Exit status: 0 when everything loaded, 1 when some input could not be read or loaded (the rest is loaded), 2 on usage errors."})
final class LoadCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
      description = "Article files (.txt, .md, .json, .jsonl, .jsonl.gz) or folders of them.")
  List<Path> inputs;

  @Option(names = "--threads", paramLabel = "N",
      description = "Extraction threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin ConnectionOptions connection;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new ParameterException(new CommandLine(this), "--threads must be at least 1");
    }
    Settings settings = connection.settings();
    var extractor = Extraction.lazy(Extraction::fromShippedModels);
    try (Neo4jConnection neo4j = Neo4jConnection.open(settings); HeapMeter heap = new HeapMeter()) {
      neo4j.store().applySchema();
      long start = System.nanoTime();
      LoadJob.Options options = LoadJob.Options.defaults().withThreads(threads)
          .withProgress(ProgressLine.stderrIsTerminal());
      LoadJob.Summary summary = new LoadJob(new ArticleReader(Path.of("")), extractor, neo4j.store(), System.err,
          options).run(inputs);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.println("Loaded into " + neo4j.description() + ": " + summary.describe());
      System.err.printf(Locale.ROOT, "load took %.1f s on %d thread(s); peak heap %d MB%n", seconds, threads, heap.peakMb());
      return summary.failed() == 0 ? 0 : 1;
    }
  }
}
