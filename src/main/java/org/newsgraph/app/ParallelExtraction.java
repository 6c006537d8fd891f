package org.newsgraph.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.newsgraph.ingest.Article;

/**
 * Runs a per-article task on a pool of worker threads and hands the results, in input order, to
 * one consumer thread.
 *
 * <p>Memory stays bounded whatever the corpus size: at most {@code window} articles are between
 * {@link #submit} and the consumer, and {@link #submit} blocks while the window is full. Results
 * arrive in the order the articles were submitted, so the output (a JSON Lines file, the graph)
 * is the same on 1 or 16 threads. A task that throws yields a result with its error; the
 * consumer decides what to do with it. Not thread-safe: one thread submits.
 *
 * @param <R> what the task makes of one article
 */
final class ParallelExtraction<R> implements AutoCloseable {

  /** One article's outcome: a value, or the error its task threw. */
  record Result<R>(Article article, R value, RuntimeException error) {}

  /** Receives results on the consumer thread, in input order. */
  interface Consumer<R> {
    void accept(Result<R> result);

    /** Called once, on the consumer thread, after the last result. */
    default void finish() {}
  }

  private static final Object END = new Object();

  private final ExecutorService workers;
  private final BlockingQueue<Object> inOrder;
  private final Function<Article, R> task;
  private final Thread consumerThread;
  private volatile Throwable consumerFailure;

  ParallelExtraction(int threads, int window, Function<Article, R> task, Consumer<R> consumer) {
    if (threads < 1 || window < 1) {
      throw new IllegalArgumentException("threads and window must be at least 1");
    }
    this.task = task;
    this.workers = Executors.newFixedThreadPool(threads, named("newsgraph-extract"));
    this.inOrder = new ArrayBlockingQueue<>(window);
    this.consumerThread = named("newsgraph-consume").newThread(() -> consume(consumer));
    consumerThread.start();
  }

  /** Queues one article; blocks while {@code window} articles are already in flight. */
  void submit(Article article) {
    failIfConsumerFailed();
    CompletableFuture<Result<R>> future = CompletableFuture.supplyAsync(() -> run(article), workers);
    put(future);
  }

  /** Waits until every submitted article has been consumed; rethrows a failure of the consumer. */
  void finish() {
    put(END);
    try {
      consumerThread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the results", e);
    }
    failIfConsumerFailed();
  }

  @Override
  public void close() {
    workers.shutdownNow();
    consumerThread.interrupt();
  }

  private Result<R> run(Article article) {
    try {
      return new Result<>(article, task.apply(article), null);
    } catch (RuntimeException e) {
      return new Result<>(article, null, e);
    }
  }

  @SuppressWarnings("unchecked")
  private void consume(Consumer<R> consumer) {
    boolean ended = false;
    try {
      while (true) {
        Object next = inOrder.take();
        if (next == END) {
          ended = true;
          break;
        }
        Result<R> result = ((CompletableFuture<Result<R>>) next).join();
        if (consumerFailure == null) {
          consumer.accept(result);
        }
      }
      if (consumerFailure == null) {
        consumer.finish();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      consumerFailure = e;
      if (!ended) {
        drain(); // the end mark is still to come; a failure in finish() comes after it
      }
    }
  }

  /** After a failure, keep taking from the queue so that the submitting thread never blocks forever. */
  private void drain() {
    try {
      while (inOrder.take() != END) {
        // discard
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void put(Object item) {
    try {
      inOrder.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing an article", e);
    }
  }

  private void failIfConsumerFailed() {
    Throwable failure = consumerFailure;
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
