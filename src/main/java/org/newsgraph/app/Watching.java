package org.newsgraph.app;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.graph.IngestLedger;
import org.newsgraph.graph.IngestRun;
import org.newsgraph.ingest.web.FeedPoller;
import org.newsgraph.ingest.web.HttpSettings;
import org.newsgraph.ingest.web.PoliteHttp;
import org.newsgraph.schedule.FeedSource;
import org.newsgraph.schedule.FolderSource;
import org.newsgraph.schedule.Source;
import org.newsgraph.schedule.Watcher;

/**
 * Wires the schedule for {@code watch} and {@code up}: the sources, a first poll (with a progress
 * bar on a terminal), then polls every interval on a background thread. Ctrl-C at any point lets
 * the poll in progress finish for a few seconds, else records it as interrupted, then closes Neo4j.
 */
final class Watching implements AutoCloseable {

  /** How long Ctrl-C waits for a poll in progress before recording it as interrupted. */
  private static final Duration GRACE = Duration.ofSeconds(10);

  private final List<Source> sources;
  private final Neo4jConnection neo4j;
  private final IngestLedger ledger;
  private final Supplier<ArticleExtractor> extractor;
  private final PrintStream log;
  private final Watcher first;
  private final Watcher later;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicBoolean closing = new AtomicBoolean();
  private PoliteHttp http;
  private final Duration copyWindow;

  Watching(List<Path> paths, WatchOptions options, Neo4jConnection neo4j, Supplier<ArticleExtractor> extractor,
      PrintStream log) {
    List<URI> feeds = options.feeds;
    this.copyWindow = options.copiesWithin;
    this.neo4j = neo4j;
    this.ledger = new IngestLedger(neo4j.driver(), neo4j.database());
    this.extractor = extractor;
    this.log = log;
    List<Source> all = new ArrayList<>();
    paths.forEach(p -> all.add(new FolderSource(p, p.toAbsolutePath().normalize().toString())));
    if (!feeds.isEmpty()) {
      http = new PoliteHttp(HttpSettings.defaults().withPublicOnly(options.publicOnly));
      FeedPoller poller = new FeedPoller(http);
      feeds.forEach(f -> all.add(new FeedSource(f, poller, ledger, Clock.systemUTC())));
    }
    this.sources = List.copyOf(all);
    if (neo4j.embedded() != null) {
      // Only this process can open the embedded store: a lease or running poll found there is
      // left over from a process that was killed, so the sources are polled again at once.
      ledger.abandonAll(Clock.systemUTC().instant());
    }
    this.first = watcher(LoadJob.Options.defaults().withProgress(ProgressLine.stderrIsTerminal()));
    this.later = watcher(LoadJob.Options.defaults());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (closed.getCount() > 0) {
        log.println("Stopping …");
      }
      close();
    }, "newsgraph-shutdown"));
  }

  /** Polls every source once (progress bar on a terminal) and returns the runs. */
  List<IngestRun> pollOnce() {
    return first.pollOnce();
  }

  /** Whether Ctrl-C (or a kill) asked the process to stop. */
  boolean stopping() {
    return first.stopping();
  }

  /**
   * Polls every {@code every} on a background thread, the first time after {@code every}; waits
   * until the process is asked to stop and Neo4j is closed.
   */
  void pollEvery(Duration every) throws InterruptedException {
    Thread loop = new Thread(() -> later.run(every, false), "newsgraph-watch");
    loop.setDaemon(true);
    loop.start();
    closed.await();
  }

  /** Stops polling (waiting a little for a poll in progress) and closes Neo4j; once. */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    first.stop();
    later.stop();
    try {
      for (Watcher w : List.of(first, later)) {
        if (!w.awaitIdle(GRACE)) {
          log.println("A poll is still running; recording it as interrupted (the next start offers its articles again).");
          w.abandon();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.println("warning: could not record the interrupted poll: " + e.getMessage());
    } finally {
      if (http != null) {
        http.close();
      }
      neo4j.close();
      closed.countDown();
    }
  }

  private Watcher watcher(LoadJob.Options options) {
    return new Watcher(sources, new JobLoader(extractor, neo4j.store(), ledger, log, options, copyWindow), ledger,
        Clock.systemUTC(), log);
  }

  /** {@code 10m}, {@code 1h30m}, {@code 45s}: as --every is written. */
  static String describe(Duration d) {
    return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
  }

  /** Sums the runs' counts for a one-line summary. */
  static String summary(List<IngestRun> runs) {
    long created = 0;
    long updated = 0;
    long skipped = 0;
    long copies = 0;
    long failed = 0;
    for (IngestRun r : runs) {
      created += r.created();
      updated += r.updated();
      skipped += r.skipped();
      copies += r.duplicates();
      failed += r.failed();
    }
    return String.format("%d source(s): %d article(s) new, %d updated, %d unchanged, %d wire copies linked, %d failed",
        runs.size(), created, updated, skipped, copies, failed);
  }
}
