package org.newsgraph.ingest.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps requests to one host apart: one at a time, and each starts at least the configured gap
 * after the previous one to that host ended. Counting from the end rather than from the start
 * means a slow server is given the whole gap to recover, and the server itself sees the gap.
 * A host can ask for a longer gap (robots.txt's {@code Crawl-delay}) and to be left alone for a
 * while (an HTTP 429 or 503 with {@code Retry-After}); {@link #waitFor} tells how long that is.
 * Thread-safe; threads that want the same host queue up, other hosts are not held up. The map
 * holds one small entry per host ever seen, which is bounded by the feeds configured.
 */
final class HostPacer {

  /** One request to a host, run while that host is held. */
  interface Call<T> {
    T run() throws FetchException, InterruptedException;
  }

  private static final class Host {
    final ReentrantLock lock = new ReentrantLock(true);
    long lastEnd;
    boolean used;
    volatile long gapNanos = -1;
    volatile long notBeforeNanos;
    volatile boolean paused;
  }

  private final long gapNanos;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  HostPacer(Duration gap) {
    this.gapNanos = gap.toNanos();
  }

  /** Makes the gap between requests to {@code host} at least {@code gap}. */
  void atLeast(String host, Duration gap) {
    Host entry = entry(host);
    entry.gapNanos = Math.max(entry.gapNanos, gap.toNanos());
  }

  /** Asks that nothing be sent to {@code host} for {@code wait}. */
  void pause(String host, Duration wait) {
    Host entry = entry(host);
    entry.notBeforeNanos = System.nanoTime() + wait.toNanos();
    entry.paused = true;
  }

  /** How much longer {@code host} asked to be left alone; zero when it did not, or no longer does. */
  Duration waitFor(String host) {
    Host entry = hosts.get(host.toLowerCase(Locale.ROOT));
    if (entry == null || !entry.paused) {
      return Duration.ZERO;
    }
    return Duration.ofNanos(Math.max(0, entry.notBeforeNanos - System.nanoTime()));
  }

  /** Runs the call once the host is free and the gap since its last request has passed. */
  <T> T paced(String host, Call<T> call) throws FetchException, InterruptedException {
    Host entry = entry(host);
    entry.lock.lockInterruptibly();
    try {
      if (entry.used) {
        long wait = entry.lastEnd + Math.max(gapNanos, entry.gapNanos) - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
      }
      try {
        return call.run();
      } finally {
        entry.lastEnd = System.nanoTime();
        entry.used = true;
      }
    } finally {
      entry.lock.unlock();
    }
  }

  private Host entry(String host) {
    return hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Host());
  }
}
