package org.newsgraph.nlp.ner;

import java.util.Locale;
import java.util.Objects;

/**
 * How to train a name finder.
 *
 * @param algorithm "MAXENT" (GIS), "MAXENT_QN" (L-BFGS with L1/L2 penalties) or "PERCEPTRON"
 * @param iterations training iterations
 * @param cutoff features seen fewer times than this are dropped
 * @param seed shuffles the order of training documents (the perceptron is order-sensitive);
 *     the same seed and data give the same model
 * @param codec "BIO" or "BILOU" outcome encoding
 * @param threads trainer threads (GIS only)
 * @param beamSize hypotheses the decoder keeps per token (stored in the model; 1 is greedy)
 * @param l1 L1 penalty (MAXENT_QN only)
 * @param l2 L2 penalty (MAXENT_QN only)
 * @param featureDescriptor feature generator XML; null for the shipped {@code ner-features.xml}
 */
public record NerTrainingConfig(
    String algorithm, int iterations, int cutoff, long seed, String codec, int threads,
    int beamSize, double l1, double l2, byte[] featureDescriptor) {

  private static final java.util.Set<String> ALGORITHMS = java.util.Set.of("MAXENT", "MAXENT_QN", "PERCEPTRON");

  public NerTrainingConfig {
    algorithm = Objects.requireNonNull(algorithm, "algorithm").toUpperCase(Locale.ROOT);
    if (!ALGORITHMS.contains(algorithm)) {
      throw new IllegalArgumentException("algorithm must be one of " + ALGORITHMS + ", was " + algorithm);
    }
    codec = Objects.requireNonNull(codec, "codec").toUpperCase(Locale.ROOT);
    if (!codec.equals("BIO") && !codec.equals("BILOU")) {
      throw new IllegalArgumentException("codec must be BIO or BILOU, was " + codec);
    }
    if (iterations < 1 || cutoff < 0 || threads < 1 || beamSize < 1 || l1 < 0 || l2 < 0) {
      throw new IllegalArgumentException(
          "iterations, threads and beam size must be positive, cutoff and penalties >= 0");
    }
    featureDescriptor = featureDescriptor == null ? null : featureDescriptor.clone();
  }

  /** The settings the shipped model was trained with. */
  public static NerTrainingConfig defaults() {
    return new NerTrainingConfig("PERCEPTRON", 100, 1, 1L, "BILOU", 2, 3, 0.0, 0.0, null);
  }

  @Override
  public byte[] featureDescriptor() {
    return featureDescriptor == null ? null : featureDescriptor.clone();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "algorithm=%s iterations=%d cutoff=%d seed=%d codec=%s threads=%d beam=%d l1=%s l2=%s features=%s",
        algorithm, iterations, cutoff, seed, codec, threads, beamSize, l1, l2,
        featureDescriptor == null ? "default" : "custom");
  }
}
