package org.newsgraph.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {
        "Prints the entities and relations of articles as JSON Lines on standard output; no database needed.",
        "Each line has a \"kind\": \"entity\" or \"relation\". Errors go to standard error.",
        "Exit status: 0 when every input was read, 1 when some could not be (the rest is printed)."})
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
      description = "Article files (.txt, .md, .json, .jsonl, .jsonl.gz) or folders of them.")
  List<Path> inputs;

  @Override
  public Integer call() {
    ArticleExtractor extractor = Extraction.fromShippedModels();
    ExtractJson json = new ExtractJson();
    PrintStream out = System.out;
    int[] failed = {0};
    ReadSummary summary = new ArticleReader(Path.of("")).read(inputs, article -> {
      try {
        json.lines(extractor.extract(article)).forEach(out::println);
      } catch (RuntimeException e) {
        failed[0]++;
        System.err.println("error: " + article.source() + ": article " + article.id() + ": " + e.getMessage());
      }
    }, problem -> {
      failed[0]++;
      System.err.println("error: " + problem.describe());
    });
    out.flush();
    return failed[0] == 0 && summary.problems() == 0 ? 0 : 1;
  }
}
