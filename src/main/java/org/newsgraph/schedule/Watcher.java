package org.newsgraph.schedule;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newsgraph.graph.IngestLedger;
import org.newsgraph.graph.IngestRun;

/**
 * Polls its sources one after the other, every interval, and records each poll as an
 * {@code (:IngestRun)} in the graph.
 *
 * <p>Before polling a source the watcher takes a lease on it in the graph (renewed while the poll
 * runs), so two watchers on one database never poll the same source at once; a watcher that died
 * leaves its lease to expire after {@link #LEASE}, and its unfinished run is then marked
 * {@code interrupted}. A source that fails (a 500, bad XML, a missing folder) is recorded as a
 * failed run and the other sources carry on.
 *
 * <p>{@link #stop()} may be called from any thread (a shutdown hook): no new poll starts, the one
 * in progress runs to its end. When it cannot be waited for, {@link #abandon()} marks it
 * {@code interrupted} and gives its lease back, so that a restarted watcher polls the source at
 * once; what that poll had not committed is offered again then.
 */
public final class Watcher {

  /** How long a lease lasts without renewal. */
  public static final Duration LEASE = Duration.ofMinutes(2);

  private final List<Source> sources;
  private final ArticleLoader loader;
  /** The poll in progress and what the loader had committed when it started, for {@link #abandon()}. */
  private volatile String currentRun;
  private volatile ArticleLoader.Loaded currentBaseline;
  private final IngestLedger ledger;
  private final Clock clock;
  private final PrintStream log;
  private final String owner = "watcher-" + UUID.randomUUID();
  private volatile boolean stopping;
  private final Object sleeper = new Object();
  private final Object idle = new Object();
  private boolean busy;

  public Watcher(List<Source> sources, ArticleLoader loader, IngestLedger ledger, Clock clock, PrintStream log) {
    this.sources = List.copyOf(sources);
    this.loader = loader;
    this.ledger = ledger;
    this.clock = clock;
    this.log = log;
  }

  /** Polls every source once; returns the runs recorded (a source held by another watcher has none). */
  public List<IngestRun> pollOnce() {
    setBusy(true);
    try {
      List<IngestRun> runs = new ArrayList<>();
      for (Source source : sources) {
        if (stopping) {
          break;
        }
        IngestRun run = poll(source);
        if (run != null) {
          runs.add(run);
        }
      }
      return runs;
    } finally {
      setBusy(false);
    }
  }

  /** Waits until no poll is running; false when {@code timeout} passed first. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      long left;
      while (busy && (left = deadline - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(idle, left);
      }
      return !busy;
    }
  }

  public boolean stopping() {
    return stopping;
  }

  private void setBusy(boolean on) {
    synchronized (idle) {
      busy = on;
      idle.notifyAll();
    }
  }

  /**
   * Polls every {@code every} until {@link #stop()}: the first poll at once when {@code pollNow},
   * else after one interval.
   */
  public void run(Duration every, boolean pollNow) {
    if (!pollNow) {
      sleepUntil(clock.instant().plus(every));
    }
    while (!stopping) {
      Instant next = clock.instant().plus(every);
      pollOnce();
      sleepUntil(next);
    }
  }

  public void stop() {
    stopping = true;
    synchronized (sleeper) {
      sleeper.notifyAll();
    }
  }

  /** For a shutdown that cannot wait: records this watcher's unfinished run as interrupted, frees its leases. */
  public void abandon() {
    stop();
    String runId = currentRun;
    ArticleLoader.Loaded before = currentBaseline;
    if (runId != null && before != null) {
      ArticleLoader.Loaded now = loader.soFar();
      ledger.abandon(owner, clock.instant(), runId, now.created() - before.created(), now.updated() - before.updated(),
          now.unchanged() - before.unchanged(), now.copies() - before.copies());
    } else {
      ledger.abandon(owner, clock.instant());
    }
  }

  private IngestRun poll(Source source) {
    if (!ledger.claim(source.id(), source.kind(), owner, clock.instant(), LEASE)) {
      log.println(source.id() + ": skipped, another watcher is polling it");
      return null;
    }
    ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsgraph-lease");
      t.setDaemon(true);
      return t;
    });
    long renew = LEASE.toMillis() / 4;
    heartbeat.scheduleAtFixedRate(() -> renew(source), renew, renew, TimeUnit.MILLISECONDS);
    String runId = UUID.randomUUID().toString();
    Instant started = clock.instant();
    try {
      currentBaseline = loader.soFar();
      currentRun = runId;
      ledger.startRun(runId, source.id(), owner, started);
      IngestRun run = record(runId, source, started);
      ledger.finishRun(run);
      log.println(describe(run));
      return run;
    } finally {
      currentRun = null;
      heartbeat.shutdownNow();
      ledger.release(source.id(), owner);
    }
  }

  private IngestRun record(String runId, Source source, Instant started) {
    try {
      Source.Poll poll = source.poll(loader);
      ArticleLoader.Loaded l = poll.loaded();
      List<String> failures = new ArrayList<>(poll.failures());
      failures.addAll(l.failures());
      int failed = failures.size();
      failures.addAll(poll.fallbacks());
      return new IngestRun(runId, source.id(), started, clock.instant(), IngestRun.DONE,
          l.created(), l.updated(), l.unchanged() + poll.notModified(), l.copies(), failed, failures);
    } catch (SourceException | RuntimeException e) {
      String error = e.getMessage() == null ? e.toString() : e.getMessage();
      log.println("error: " + error);
      return new IngestRun(runId, source.id(), started, clock.instant(), IngestRun.FAILED, 0, 0, 0, 0, 1,
          List.of(error));
    }
  }

  private void renew(Source source) {
    try {
      ledger.claim(source.id(), source.kind(), owner, clock.instant(), LEASE);
    } catch (RuntimeException e) {
      log.println("warning: " + source.id() + ": could not renew the lease: " + e.getMessage());
    }
  }

  private void sleepUntil(Instant next) {
    synchronized (sleeper) {
      long wait;
      while (!stopping && (wait = Duration.between(clock.instant(), next).toMillis()) > 0) {
        try {
          sleeper.wait(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stopping = true;
        }
      }
    }
  }

  static String describe(IngestRun run) {
    String counts = String.format("%d new, %d updated, %d skipped, %d copies linked, %d failed",
        run.created(), run.updated(), run.skipped(), run.duplicates(), run.failed());
    return run.source() + ": " + run.status() + ": " + counts;
  }
}
