package org.newsgraph.nlp.decode;

/**
 * The probabilities of one token, remembered per distinct pair of previous outcomes (by index), for
 * a {@link BeamDecoder.TokenScores} whose features depend on the two previous outcomes and nothing
 * else that changes between the beam's sequences. A beam of width k asks about at most k pairs per
 * token; the memory holds a few and starts over when more come. Not thread-safe: one per decoding.
 */
public final class PairMemory {

  /** Computes the probabilities for a pair of previous outcomes. */
  @FunctionalInterface
  public interface Evaluation {
    double[] of(int twoBefore, int oneBefore);
  }

  private static final int SIZE = 4;

  private final int[] twoBefore = new int[SIZE];
  private final int[] oneBefore = new int[SIZE];
  private final double[][] probabilities = new double[SIZE][];
  private int count;

  /** Forgets everything: call when the decoding moves to the next token. */
  public void clear() {
    count = 0;
  }

  /** The remembered probabilities for the pair, or {@code evaluation}'s, then remembered. */
  public double[] get(int two, int one, Evaluation evaluation) {
    for (int k = 0; k < count; k++) {
      if (twoBefore[k] == two && oneBefore[k] == one) {
        return probabilities[k];
      }
    }
    double[] result = evaluation.of(two, one);
    if (count == SIZE) {
      count = 0; // more pairs than a small beam makes: start over
    }
    twoBefore[count] = two;
    oneBefore[count] = one;
    probabilities[count++] = result;
    return result;
  }
}
