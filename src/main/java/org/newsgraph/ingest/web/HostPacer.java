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
  }

  private final long gapNanos;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  HostPacer(Duration gap) {
    this.gapNanos = gap.toNanos();
  }

  /** Runs the call once the host is free and the gap since its last request has passed. */
  <T> T paced(String host, Call<T> call) throws FetchException, InterruptedException {
    Host entry = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Host());
    entry.lock.lockInterruptibly();
    try {
      if (entry.used) {
        long wait = entry.lastEnd + gapNanos - System.nanoTime();
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
}
