package org.newsgraph.app;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The machine a benchmark ran on, and the peak heap it used: the largest used heap (live objects
 * and garbage not yet collected) seen by sampling every 50 ms. That over-states what the run needs
 * alive, so it is a safe figure for "fits in N MB"; run with {@code -Xmx} set to the budget to be
 * sure.
 */
final class HeapMeter implements AutoCloseable {

  private final AtomicLong peak = new AtomicLong();
  private final ScheduledExecutorService sampler;

  HeapMeter() {
    sampler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsgraph-heap-meter");
      t.setDaemon(true);
      return t;
    });
    sampler.scheduleAtFixedRate(this::sample, 0, 50, TimeUnit.MILLISECONDS);
  }

  /** One line: cores, Java, OS, max heap, garbage collectors. */
  static String machine() {
    Runtime rt = Runtime.getRuntime();
    String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "machine: %d cores, Java %s (%s), %s %s, max heap %d MB (%s)",
        rt.availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
        System.getProperty("os.name"), System.getProperty("os.arch"), rt.maxMemory() >> 20, collectors);
  }

  /** Peak used heap so far, in MB. */
  long peakMb() {
    sample();
    return peak.get() >> 20;
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }

  private void sample() {
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    peak.accumulateAndGet(used, Math::max);
  }
}
