package org.newsgraph.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.graph.AdminImportFiles;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadSummary;
import org.newsgraph.ingest.TerminalText;

/**
 * Reads articles, extracts them on several threads ({@link ParallelExtraction}, as {@code load}
 * does) and appends each, in input order, to the bulk importer's files ({@link AdminImportFiles}).
 *
 * <p>Policy, as {@code load}'s: a file or record that cannot be read, or an article whose
 * extraction or rows fail, is reported (file, article id, why) and skipped; the others are written.
 * An article read again with the same content is counted unchanged, as {@code load} counts it;
 * read again with other content it is reported and not written (the first version stays in the
 * files; a later {@code load} of the input replaces it, as a load of both versions would have).
 * Memory: a few articles per thread in flight, and the id and hash of each article written.
 */
final class ExportJob {

  /** What an export wrote and skipped. */
  record Summary(int files, int written, int unchanged, int entities, List<String> problems) {
    Summary {
      problems = List.copyOf(problems);
    }

    String describe() {
      return String.format("%d file(s): %d article(s) written, %d unchanged (read twice), %d entities, %d problem(s)",
          files, written, unchanged, entities, problems.size());
    }
  }

  private final ArticleReader reader;
  private final Supplier<ArticleExtractor> extractor;
  private final int threads;
  private final PrintStream log;
  private final boolean progress;

  ExportJob(ArticleReader reader, Supplier<ArticleExtractor> extractor, int threads, PrintStream log, boolean progress) {
    this.reader = reader;
    this.extractor = extractor;
    this.threads = threads;
    this.log = log;
    this.progress = progress;
  }

  Summary run(List<Path> inputs, AdminImportFiles out) {
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    Map<String, String> readFrom = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, String> written = new HashMap<>();
    int[] unchanged = {0};
    try (ProgressLine bar = new ProgressLine(log, "articles", progress);
         ParallelExtraction<ExtractedArticle> pool = new ParallelExtraction<>(threads, threads * 4,
             article -> extractor.get().extract(article), new ParallelExtraction.Consumer<>() {
               @Override
               public void accept(ParallelExtraction.Result<ExtractedArticle> result) {
                 Article a = result.article();
                 String from = readFrom.remove(a.id());
                 bar.step();
                 String before = written.get(a.id());
                 if (before != null) {
                   if (before.equals(a.sha256())) {
                     unchanged[0]++;
                   } else {
                     problem(problems, from, a, "exported", "read again with other content; the first version is"
                         + " exported (a later load of the same input replaces it)");
                   }
                   return;
                 }
                 if (result.error() != null) {
                   problem(problems, from, a, "exported", result.error().getMessage());
                   return;
                 }
                 try {
                   out.add(result.value());
                   written.put(a.id(), a.sha256());
                 } catch (RuntimeException e) {
                   problem(problems, from, a, "exported", e.getMessage());
                 }
               }
             })) {
      bar.countInBackground(() -> ExtractCommand.countArticles(inputs), progress);
      ReadSummary read = reader.readWithFiles(inputs, (file, article) -> {
        readFrom.put(article.id(), reader.fileId(file));
        pool.submit(article);
      }, problem -> problem(problems, problem.describe()));
      pool.finish();
      return new Summary(read.files(), written.size(), unchanged[0], out.entityCount(), problems);
    }
  }

  private void problem(List<String> problems, String from, Article a, String what, String why) {
    problem(problems, (from == null ? a.source() : from) + ": article " + a.id() + " not " + what + ": " + why);
  }

  private void problem(List<String> problems, String problem) {
    String shown = TerminalText.excerpt(problem, TerminalText.EXCERPT_CHARS * 2);
    problems.add(shown);
    log.println("error: " + shown);
  }
}
