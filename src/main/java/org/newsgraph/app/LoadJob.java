package org.newsgraph.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.IngestLedger;
import org.newsgraph.graph.NoSpaceException;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.BodySignature;
import org.newsgraph.ingest.ReadProblem;
import org.newsgraph.ingest.ReadSummary;
import org.newsgraph.ingest.TerminalText;

/**
 * Reads articles, extracts them on several threads and writes them in batches of whole articles.
 *
 * <p>Streaming with bounded memory: articles are checked against the graph in windows of
 * {@link Options#hashWindow} (one query per window: an unchanged article is counted and dropped
 * before any NLP), and at most a few articles per thread plus one batch are between the reader and
 * the writer: while one batch is written, the extraction goes on with the next instead of waiting.
 * Results are written in input order, one transaction per batch of up to
 * {@link Options#batchArticles} articles or about {@link Options#batchRows} rows, so the graph is
 * the same as a one-by-one load whatever the thread count; a crash loses at most the batch in
 * flight, and the next load skips what was committed.
 *
 * <p>Policy: a file or record that cannot be read, or an article whose extraction or write fails,
 * is reported and skipped; the others still load. When a batch fails to write, its articles are
 * written one by one so that only the faulty one is lost.
 */
final class LoadJob {

  /**
   * @param threads extraction threads
   * @param hashWindow articles whose stored hashes are fetched with one query
   * @param batchArticles most articles per write transaction
   * @param batchRows rows (sentences, mentions, relations) after which a batch is written
   * @param progress whether to draw a progress bar on standard error
   */
  record Options(int threads, int hashWindow, int batchArticles, int batchRows, boolean progress) {
    static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), 256, 100, 5_000, false);
    }

    Options withThreads(int n) {
      return new Options(n, hashWindow, batchArticles, batchRows, progress);
    }

    Options withBatchArticles(int n) {
      return new Options(threads, hashWindow, n, batchRows, progress);
    }

    Options withProgress(boolean on) {
      return new Options(threads, hashWindow, batchArticles, batchRows, on);
    }
  }

  /**
   * @param copies new articles recognised as wire copies of loaded ones and linked to them
   * @param failedIds articles that were read but not loaded (extraction or write failed)
   */
  record Summary(int files, int created, int replaced, int unchanged, int copies, List<String> problems,
      Set<String> failedIds) {
    Summary {
      problems = List.copyOf(problems);
      failedIds = Set.copyOf(failedIds);
    }

    int failed() {
      return problems.size();
    }

    String describe() {
      return String.format("%d file(s): %d article(s) new, %d replaced, %d unchanged, %s%d problem(s)",
          files, created, replaced, unchanged, copies > 0 ? copies + " wire copies linked, " : "", problems.size());
    }
  }

  /** Where the articles come from: reads them, handing each to the first consumer as it is read. */
  @FunctionalInterface
  interface ArticleFeed {
    ReadSummary deliver(Consumer<Article> onArticle, Consumer<ReadProblem> onProblem);
  }

  private final ArticleReader reader;
  private final Supplier<ArticleExtractor> extractor;
  private final GraphStore store;
  private final PrintStream log;
  private final Options options;
  private IntConsumer onCommitted = n -> {};
  private IngestLedger copyLedger;
  private Duration copyWindow;

  LoadJob(ArticleReader reader, ArticleExtractor extractor, GraphStore store, PrintStream log) {
    this(reader, () -> extractor, store, log, Options.defaults());
  }

  /** @param extractor supplies the extractor when the first changed article needs it */
  LoadJob(ArticleReader reader, Supplier<ArticleExtractor> extractor, GraphStore store, PrintStream log,
      Options options) {
    this.reader = reader;
    this.extractor = extractor;
    this.store = store;
    this.log = log;
    this.options = options;
  }

  /** Tells {@code listener} how many articles are committed so far, after each batch (on the writing thread). */
  LoadJob onCommitted(IntConsumer listener) {
    this.onCommitted = listener;
    return this;
  }

  /**
   * Recognises wire copies among the new articles (see {@link BodySignature}) and, instead of
   * extracting them, links them to the article they copy through {@code ledger}. The candidate
   * originals are the articles loaded or replaced in the last {@code window} and the new ones
   * read before in the same run.
   */
  LoadJob linkingCopies(IngestLedger ledger, Duration window) {
    this.copyLedger = ledger;
    this.copyWindow = window;
    return this;
  }

  private volatile Run current;
  /** The file each article in flight was read from, for its error lines; gone once it is written. */
  private final Map<String, String> readFrom = new java.util.concurrent.ConcurrentHashMap<>();

  Summary run(List<Path> inputs) {
    return run((onArticle, onProblem) -> reader.readWithFiles(inputs, (file, article) -> {
      readFrom.put(article.id(), reader.fileId(file));
      onArticle.accept(article);
    }, onProblem), inputs);
  }

  /** Loads what {@code feed} delivers. */
  Summary run(ArticleFeed feed) {
    return run(feed, List.of());
  }

  private Summary run(ArticleFeed feed, List<Path> countable) {
    Run run = new Run();
    current = run;
    try (ProgressLine progress = new ProgressLine(log, "articles", options.progress());
         ParallelExtraction<ExtractedArticle> pool = new ParallelExtraction<>(options.threads(),
             options.threads() * 4 + options.batchArticles(), article -> extractor.get().extract(article),
             new Writer(run, progress))) {
      progress.countInBackground(() -> ExtractCommand.countArticles(countable), options.progress() && !countable.isEmpty());
      List<Article> window = new ArrayList<>();
      ReadSummary read = feed.deliver(article -> {
        window.add(article);
        if (window.size() >= options.hashWindow()) {
          dispatch(window, pool, run, progress);
        }
      }, problem -> run.problem(problem.describe()));
      dispatch(window, pool, run, progress);
      pool.finish();
      run.linkCopies();
      readFrom.clear();
      return new Summary(read.files(), run.created.get(), run.replaced.get(), run.unchanged.get(),
          run.copies.get(), run.problems, run.failedIds);
    }
  }

  /**
   * What the run in progress (or the last one) has committed so far: new, replaced, unchanged
   * articles and wire copies. Safe to call from another thread, for a run that is cut short.
   */
  int[] committedSoFar() {
    Run run = current;
    return run == null ? new int[4]
        : new int[] {run.created.get(), run.replaced.get(), run.unchanged.get(), run.copies.get()};
  }

  /** What an article counts towards {@link Options#batchRows}: itself, its sentences, mentions and relations. */
  static int rows(ExtractedArticle x) {
    return 1 + x.sentences().size() + x.mentions().size() + x.relations().size();
  }

  /** Drops the unchanged articles of the window (one query) and queues the others for extraction. */
  private void dispatch(List<Article> window, ParallelExtraction<ExtractedArticle> pool, Run run, ProgressLine progress) {
    if (window.isEmpty()) {
      return;
    }
    Map<String, String> loaded = store.loadedHashes(window.stream().map(Article::id).distinct().toList());
    for (Article article : window) {
      if (article.sha256().equals(loaded.get(article.id()))) {
        run.unchanged.incrementAndGet();
        readFrom.remove(article.id());
        progress.step();
      } else if (!loaded.containsKey(article.id()) && run.isCopy(article)) {
        progress.step();
      } else {
        pool.submit(article);
      }
    }
    window.clear();
  }

  /** Counts and problems; written from the reading and the writing threads. */
  private final class Run {
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger replaced = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger copies = new AtomicInteger();
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    final Set<String> failedIds = Collections.synchronizedSet(new HashSet<>());
    /** Wire copies found, linked once everything else is written (their original may be in flight). */
    final List<CopyFinder.Copy> pendingCopies = new ArrayList<>();
    CopyFinder copyFinder;

    void problem(String problem) {
      String shown = TerminalText.excerpt(problem, TerminalText.EXCERPT_CHARS * 2);
      problems.add(shown);
      log.println("error: " + shown);
    }

    /** {@code file: article ID not loaded: why}, the file it was read from (else its source) first. */
    void articleProblem(Article article, String what, RuntimeException e) {
      failedIds.add(article.id());
      String from = readFrom.getOrDefault(article.id(), article.source());
      problem(from + ": article " + article.id() + " not " + what + ": " + e.getMessage());
    }

    /** Whether a new article copies one loaded before or earlier in this run; remembers it if so. */
    boolean isCopy(Article article) {
      if (copyLedger == null) {
        return false;
      }
      if (copyFinder == null) {
        copyFinder = new CopyFinder(copyLedger.signatures(copyWindow));
      }
      return copyFinder.find(article).map(pendingCopies::add).orElse(false);
    }

    void linkCopies() {
      for (CopyFinder.Copy c : pendingCopies) {
        try {
          if (copyLedger.linkCopy(c.article(), c.originalId(), c.similarity())) {
            copies.incrementAndGet();
          } else {
            articleProblem(c.article(), "linked", new IllegalStateException(
                "it copies " + c.originalId() + ", which is not loaded; it will be tried again"));
          }
        } catch (RuntimeException e) {
          articleProblem(c.article(), "linked", e);
        }
      }
    }
  }

  /** Collects extracted articles, in input order, into batches and writes each in one transaction. */
  private final class Writer implements ParallelExtraction.Consumer<ExtractedArticle> {
    private final Run run;
    private final ProgressLine progress;
    private final List<ExtractedArticle> batch = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private int rows;
    private int committed;

    Writer(Run run, ProgressLine progress) {
      this.run = run;
      this.progress = progress;
    }

    @Override
    public void accept(ParallelExtraction.Result<ExtractedArticle> result) {
      if (result.error() != null) {
        run.articleProblem(result.article(), "loaded", result.error());
        readFrom.remove(result.article().id());
        progress.step();
        return;
      }
      ExtractedArticle x = result.value();
      if (ids.contains(x.article().id())) {
        flush(); // the same article twice in the input: the second is written after the first
      }
      batch.add(x);
      ids.add(x.article().id());
      rows += rows(x);
      if (batch.size() >= options.batchArticles() || rows >= options.batchRows()) {
        flush();
      }
    }

    @Override
    public void finish() {
      flush();
    }

    private void flush() {
      if (batch.isEmpty()) {
        return;
      }
      try {
        count(store.writeBatch(batch));
      } catch (NoSpaceException full) {
        throw full; // every later write would fail the same way: stop the run
      } catch (RuntimeException batchFailure) {
        for (ExtractedArticle x : batch) {
          try {
            count(List.of(store.write(x)));
          } catch (RuntimeException e) {
            run.articleProblem(x.article(), "loaded", e);
          }
        }
      }
      batch.forEach(x -> {
        readFrom.remove(x.article().id());
        progress.step();
      });
      committed += batch.size();
      onCommitted.accept(committed);
      batch.clear();
      ids.clear();
      rows = 0;
    }

    private void count(List<GraphStore.Outcome> outcomes) {
      for (GraphStore.Outcome outcome : outcomes) {
        switch (outcome) {
          case CREATED -> run.created.incrementAndGet();
          case REPLACED -> run.replaced.incrementAndGet();
          case UNCHANGED -> run.unchanged.incrementAndGet();
        }
      }
    }
  }
}
