package org.newsgraph.nlp.ner;

import java.util.Locale;
import java.util.Objects;

/**
 * How to train a name finder.
 *
 * @param algorithm "MAXENT" (GIS) or "PERCEPTRON"
 * @param iterations training iterations
 * @param cutoff features seen fewer times than this are dropped
 * @param seed shuffles the order of training documents (the perceptron is order-sensitive);
 *     the same seed and data give the same model
 * @param codec "BIO" or "BILOU" outcome encoding
 * @param threads trainer threads (GIS only)
 * @param featureDescriptor feature generator XML; null for the shipped {@code ner-features.xml}
 */
public record NerTrainingConfig(
    String algorithm, int iterations, int cutoff, long seed, String codec, int threads,
    byte[] featureDescriptor) {

  public NerTrainingConfig {
    algorithm = Objects.requireNonNull(algorithm, "algorithm").toUpperCase(Locale.ROOT);
    if (!algorithm.equals("MAXENT") && !algorithm.equals("PERCEPTRON")) {
      throw new IllegalArgumentException("algorithm must be MAXENT or PERCEPTRON, was " + algorithm);
    }
    codec = Objects.requireNonNull(codec, "codec").toUpperCase(Locale.ROOT);
    if (!codec.equals("BIO") && !codec.equals("BILOU")) {
      throw new IllegalArgumentException("codec must be BIO or BILOU, was " + codec);
    }
    if (iterations < 1 || cutoff < 0 || threads < 1) {
      throw new IllegalArgumentException("iterations and threads must be positive, cutoff >= 0");
    }
    featureDescriptor = featureDescriptor == null ? null : featureDescriptor.clone();
  }

  /** The settings the shipped model was trained with. */
  public static NerTrainingConfig defaults() {
    return new NerTrainingConfig("MAXENT", 150, 1, 1L, "BILOU", 2, null);
  }

  @Override
  public byte[] featureDescriptor() {
    return featureDescriptor == null ? null : featureDescriptor.clone();
  }
}
