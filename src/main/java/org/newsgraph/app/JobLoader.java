package org.newsgraph.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.IngestLedger;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadSummary;
import org.newsgraph.schedule.ArticleLoader;

/** The schedule's loader: a {@link LoadJob} per poll, linking wire copies instead of loading them. */
final class JobLoader implements ArticleLoader {

  private final ArticleReader reader = new ArticleReader(Path.of(""));
  private final Supplier<ArticleExtractor> extractor;
  private final GraphStore store;
  private final IngestLedger ledger;
  private final PrintStream log;
  private final LoadJob.Options options;
  private final Duration copyWindow;
  /** Totals of the finished loads: created, updated, unchanged, copies; and the load in progress. */
  private final int[] done = new int[4];
  private LoadJob active;

  /** @param copyWindow how recently an article was loaded for a new one to be recognised as its wire copy */
  JobLoader(Supplier<ArticleExtractor> extractor, GraphStore store, IngestLedger ledger, PrintStream log,
      LoadJob.Options options, Duration copyWindow) {
    this.extractor = extractor;
    this.store = store;
    this.ledger = ledger;
    this.log = log;
    this.options = options;
    this.copyWindow = copyWindow;
  }

  @Override
  public Loaded loadFiles(List<Path> files) {
    LoadJob job = job();
    return finished(job, loaded(job.run(files)));
  }

  @Override
  public Loaded loadArticles(List<Article> articles) {
    LoadJob job = job();
    return finished(job, loaded(job.run((onArticle, onProblem) -> {
      articles.forEach(onArticle);
      return new ReadSummary(0, articles.size(), 0);
    })));
  }

  @Override
  public synchronized Loaded soFar() {
    int[] counts = done.clone();
    LoadJob job = active;
    if (job != null) {
      int[] now = job.committedSoFar();
      for (int i = 0; i < counts.length; i++) {
        counts[i] += now[i];
      }
    }
    return new Loaded(counts[0], counts[1], counts[2], counts[3], List.of(), java.util.Set.of());
  }

  private synchronized Loaded finished(LoadJob job, Loaded loaded) {
    if (active == job) {
      active = null;
    }
    done[0] += loaded.created();
    done[1] += loaded.updated();
    done[2] += loaded.unchanged();
    done[3] += loaded.copies();
    return loaded;
  }

  @Override
  public boolean removeIfContent(String id, String sha256) {
    return store.removeIfContent(id, sha256).found();
  }

  private synchronized LoadJob job() {
    active = new LoadJob(reader, extractor, store, log, options).linkingCopies(ledger, copyWindow);
    return active;
  }

  private static Loaded loaded(LoadJob.Summary s) {
    return new Loaded(s.created(), s.replaced(), s.unchanged(), s.copies(), s.problems(), s.failedIds());
  }
}
