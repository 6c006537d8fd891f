package org.newsgraph.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin ConnectionOptions connection;

  @Override
  public Integer call() {
    Settings settings = connection.settings();
    var extractor = Extraction.fromShippedModels();
    try (Neo4jConnection neo4j = Neo4jConnection.open(settings)) {
      neo4j.store().applySchema();
      LoadJob.Summary summary = new LoadJob(new ArticleReader(Path.of("")), extractor, neo4j.store(), System.err)
          .run(inputs);
      System.out.println("Loaded into " + neo4j.description() + ": " + summary.describe());
      return summary.failed() == 0 ? 0 : 1;
    }
  }
}
