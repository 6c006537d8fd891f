package org.newsgraph.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error: done/total, percentage, rate and time left, redrawn
 * twice a second. It appears only after the first second (short runs stay silent) and only when
 * it is enabled, which callers do when standard error is a terminal ({@link #stderrIsTerminal}),
 * so logs and pipes never fill with carriage returns. The total may be unknown at first and set
 * later (by a counting pass running alongside); until then the line shows count and rate.
 * Thread-safe.
 */
final class ProgressLine implements AutoCloseable {

  private static final int WIDTH = 24;
  private static final long FIRST_DRAW_MILLIS = 1000;

  private final PrintStream out;
  private final String unit;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong total = new AtomicLong(-1);
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private volatile boolean drawn;

  ProgressLine(PrintStream out, String unit, boolean enabled) {
    this.out = out;
    this.unit = unit;
    if (enabled) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-progress");
        t.setDaemon(true);
        return t;
      });
      ticker.scheduleAtFixedRate(this::draw, FIRST_DRAW_MILLIS, 500, TimeUnit.MILLISECONDS);
    } else {
      ticker = null;
    }
  }

  /**
   * Whether standard error is a terminal. Java has no direct test; on Linux the file descriptor's
   * link tells; elsewhere a console means both stdin and stdout are terminals, a fair guess.
   */
  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  /** Whether standard output is a terminal (false when it goes to a file or a pipe), tested as above. */
  static boolean stdoutIsTerminal() {
    return isTerminal(1);
  }

  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // fall through to the console test
    }
    return System.console() != null;
  }

  /**
   * Sets the total from {@code counter}, run on a low-priority background thread (counting a large
   * input takes a while, and the work need not wait for it). Does nothing when the bar is off.
   */
  void countInBackground(LongSupplier counter, boolean enabled) {
    if (!enabled) {
      return;
    }
    Thread thread = new Thread(() -> setTotal(counter.getAsLong()), "newsgraph-count");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  void setTotal(long n) {
    total.set(n);
  }

  void step() {
    done.incrementAndGet();
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      if (drawn) {
        draw();
        synchronized (this) {
          out.println();
          out.flush();
        }
      }
    }
  }

  private synchronized void draw() {
    long n = done.get();
    long all = total.get();
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    double rate = n / seconds;
    String line;
    if (all > 0) {
      double fraction = Math.min(1.0, (double) n / all);
      int filled = (int) Math.round(fraction * WIDTH);
      String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
      String eta = rate > 0 ? clock(Duration.ofSeconds((long) Math.ceil((all - n) / rate))) : "?";
      line = String.format(Locale.ROOT, "[%s] %d/%d %s %5.1f%%  %.1f/s  elapsed %s  ETA %s",
          bar, n, all, unit, fraction * 100, rate, clock(Duration.ofSeconds((long) seconds)), eta);
    } else {
      line = String.format(Locale.ROOT, "%d %s  %.1f/s  elapsed %s", n, unit, rate,
          clock(Duration.ofSeconds((long) seconds)));
    }
    out.print("\r" + line + "\u001b[K");
    out.flush();
    drawn = true;
  }

  private static String clock(Duration d) {
    long s = Math.max(0, d.getSeconds());
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
