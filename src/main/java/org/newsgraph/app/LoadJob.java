package org.newsgraph.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadSummary;

/**
 * Reads articles, extracts them and writes them, one article at a time. Policy: a file or record
 * that cannot be read, or an article whose extraction or write fails, is reported and skipped; the
 * others still load. An unchanged article (same content hash as the loaded one) is not extracted
 * again.
 */
final class LoadJob {

  record Summary(int files, int created, int replaced, int unchanged, List<String> problems) {
    int failed() {
      return problems.size();
    }

    String describe() {
      return String.format("%d file(s): %d article(s) new, %d replaced, %d unchanged, %d problem(s)",
          files, created, replaced, unchanged, problems.size());
    }
  }

  private final ArticleReader reader;
  private final ArticleExtractor extractor;
  private final GraphStore store;
  private final PrintStream log;

  LoadJob(ArticleReader reader, ArticleExtractor extractor, GraphStore store, PrintStream log) {
    this.reader = reader;
    this.extractor = extractor;
    this.store = store;
    this.log = log;
  }

  Summary run(List<Path> inputs) {
    int[] counts = new int[3];
    List<String> problems = new ArrayList<>();
    ReadSummary read = reader.read(inputs, article -> load(article, counts, problems), problem -> {
      problems.add(problem.describe());
      log.println("error: " + problem.describe());
    });
    return new Summary(read.files(), counts[0], counts[1], counts[2], List.copyOf(problems));
  }

  private void load(Article article, int[] counts, List<String> problems) {
    try {
      Optional<String> loaded = store.loadedHash(article.id());
      if (loaded.isPresent() && loaded.get().equals(article.sha256())) {
        counts[2]++;
        return;
      }
      switch (store.write(extractor.extract(article))) {
        case CREATED -> counts[0]++;
        case REPLACED -> counts[1]++;
        case UNCHANGED -> counts[2]++;
      }
    } catch (RuntimeException e) {
      String problem = article.source() + ": article " + article.id() + " not loaded: " + e.getMessage();
      problems.add(problem);
      log.println("error: " + problem);
    }
  }
}
