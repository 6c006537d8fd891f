package org.newsgraph.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.newsgraph.nlp.StageTimes;

/**
 * Where {@code bench extract}'s time goes: each NLP stage, the extraction rules that follow, JSON,
 * and reading the input on the main thread; plus the process's CPU time, which says how much of
 * the machine the run had (other jobs on a shared machine take the rest).
 *
 * <p>Thread-safe: workers add their times concurrently.
 */
final class ExtractTimings {

  final StageTimes nlp = new StageTimes();
  private final LongAdder extractNanos = new LongAdder();
  private final LongAdder jsonNanos = new LongAdder();
  private final LongAdder submitNanos = new LongAdder();
  private final LongAdder workerCpuNanos = new LongAdder();
  private long cpuStart;

  /** Starts the CPU clock; call when the wall clock starts. */
  void start() {
    nlp.reset();
    cpuStart = processCpuNanos();
  }

  /** Runs one article's extraction (NLP and rules), timed, and counts the CPU time the thread spent on it. */
  <T> T extract(Supplier<T> extraction) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    try {
      return timed(extraction, extractNanos);
    } finally {
      workerCpuNanos.add(threads.getCurrentThreadCpuTime() - cpu);
    }
  }

  /** Runs one article's JSON output, timed. */
  <T> T json(Supplier<T> output) {
    return timed(output, jsonNanos);
  }

  /** Runs a hand-over to the workers, timed: the reader waits there when the workers are behind. */
  void submit(Runnable handOver) {
    long t = System.nanoTime();
    handOver.run();
    submitNanos.add(System.nanoTime() - t);
  }

  /**
   * The split of the workers' time, the reader's time and the CPU time, for a run of {@code seconds}
   * over {@code sentences}.
   */
  void report(PrintWriter out, double seconds, int threads, long sentences) {
    long nlpTotal = nlp.totalNanos();
    long rules = Math.max(0, extractNanos.sum() - nlpTotal);
    double busy = nlpTotal + rules + jsonNanos.sum();
    StringJoiner split = new StringJoiner(", ");
    for (StageTimes.Stage s : StageTimes.Stage.values()) {
      split.add(share(s.label(), nlp.nanos(s), busy));
    }
    split.add(share("rules", rules, busy)).add(share("JSON", jsonNanos.sum(), busy));
    out.printf(Locale.ROOT, "time per stage (of %.1f s on the extraction threads, %.0f%% of %d x %.1f s): %s%n",
        busy / 1e9, 100 * busy / 1e9 / (threads * seconds), threads, seconds, split);
    double reading = Math.max(0, seconds - submitNanos.sum() / 1e9);
    double cpu = (processCpuNanos() - cpuStart) / 1e9;
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(Locale.ROOT,
        "reading (main thread, not waiting for workers): %.1f s; process CPU: %.1f s (%.0f%% of %d cores)%n",
        reading, cpu, 100 * cpu / (cores * seconds), cores);
    double extractionCpu = workerCpuNanos.sum() / 1e9;
    out.printf(Locale.ROOT, "extraction CPU: %.1f s, %.2f ms per sentence (%.0f sentences/s per fully used core)%n",
        extractionCpu, 1000 * extractionCpu / Math.max(1, sentences), sentences / Math.max(1e-9, extractionCpu));
  }

  private static String share(String label, long nanos, double total) {
    return String.format(Locale.ROOT, "%s %.1f%%", label, total == 0 ? 0 : 100 * nanos / total);
  }

  private static <T> T timed(Supplier<T> work, LongAdder into) {
    long t = System.nanoTime();
    try {
      return work.get();
    } finally {
      into.add(System.nanoTime() - t);
    }
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }
}
