package org.newsgraph.nlp.decode;

import opennlp.tools.util.Sequence;

/**
 * A sequence in the beam: its last outcome and the path it extends, so that extending it copies
 * nothing. Scores add up and compare as {@link Sequence}'s do, so the queue orders paths as
 * BeamSearch orders its sequences, ties included.
 */
final class BeamPath implements Comparable<BeamPath> {
  static final BeamPath EMPTY = new BeamPath();

  private final BeamPath before;
  private final String outcome;
  private final double probability;
  private final double score;
  private final int length;

  private BeamPath() {
    this.before = null;
    this.outcome = null;
    this.probability = 0;
    this.score = 0;
    this.length = 0;
  }

  BeamPath(BeamPath before, String outcome, double probability) {
    this.before = before;
    this.outcome = outcome;
    this.probability = probability;
    this.score = before.score + StrictMath.log(probability);
    this.length = before.length + 1;
  }

  double score() {
    return score;
  }

  String[] outcomes() {
    String[] out = new String[length];
    BeamPath p = this;
    for (int i = length - 1; i >= 0; i--) {
      out[i] = p.outcome;
      p = p.before;
    }
    return out;
  }

  /** The same outcomes, probabilities and score as a {@link Sequence} (it adds the logarithms in the same order). */
  Sequence toSequence() {
    String[] outcomes = outcomes();
    double[] probabilities = new double[length];
    BeamPath p = this;
    for (int i = length - 1; i >= 0; i--) {
      probabilities[i] = p.probability;
      p = p.before;
    }
    Sequence s = new Sequence();
    for (int i = 0; i < length; i++) {
      s.add(outcomes[i], probabilities[i]);
    }
    return s;
  }

  @Override
  public int compareTo(BeamPath other) {
    return Double.compare(other.score, score);
  }
}
