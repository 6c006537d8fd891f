package org.newsgraph.nlp;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall-clock time spent in each NLP stage, summed over all threads that share the pipeline.
 *
 * <p>Thread-safe; recording costs two {@link System#nanoTime()} calls per stage and sentence, which
 * is small next to any of the stages. {@link #DISCARD} records nothing.
 */
public final class StageTimes {

  /** The stages of {@link NlpPipeline}, in the order they run. */
  public enum Stage {
    SENTENCES("sentences"),
    TOKENS("tokens"),
    POS("POS tags"),
    CHUNKS("chunks"),
    LEMMAS("lemmas"),
    NAMES("names");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Records nothing; for callers that do not look at the times. */
  public static final StageTimes DISCARD = new StageTimes(false);

  private final boolean enabled;
  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

  public StageTimes() {
    this(true);
  }

  private StageTimes(boolean enabled) {
    this.enabled = enabled;
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
    }
  }

  /** A start time for {@link #stop}. */
  long start() {
    return enabled ? System.nanoTime() : 0;
  }

  /** Adds the time since {@code start} to {@code stage}. */
  void stop(Stage stage, long start) {
    if (enabled) {
      nanos.get(stage).add(System.nanoTime() - start);
    }
  }

  /** Total time in {@code stage} so far, in nanoseconds. */
  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }

  /** Total time in all stages so far, in nanoseconds. */
  public long totalNanos() {
    long sum = 0;
    for (LongAdder a : nanos.values()) {
      sum += a.sum();
    }
    return sum;
  }

  public void reset() {
    nanos.values().forEach(LongAdder::reset);
  }
}
