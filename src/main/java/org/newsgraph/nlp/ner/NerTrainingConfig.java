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
 * @param documentFeatures give each capitalised token what the rest of its document says about the
 *     same word ({@link org.newsgraph.nlp.ner.features.DocumentFeatures}); the model then asks for
 *     them when it tags a document
 * @param documentLabels whether to add the type a first pass gave the same word elsewhere in the
 *     document, and where the first pass over the training documents comes from
 */
public record NerTrainingConfig(
    String algorithm, int iterations, int cutoff, long seed, String codec, int threads,
    int beamSize, double l1, double l2, byte[] featureDescriptor, boolean documentFeatures,
    DocumentLabels documentLabels) {

  private static final java.util.Set<String> ALGORITHMS = java.util.Set.of("MAXENT", "MAXENT_QN", "PERCEPTRON");

  /** Where the first-pass labels of the training documents come from, if the model uses them. */
  public enum DocumentLabels {
    /** No first-pass labels: the model tags a document in one pass. */
    NONE,
    /** From models trained on the other folds of the training documents. */
    JACKKNIFE,
    /** The training documents' own tags (they are right far more often than a first pass). */
    GOLD
  }

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
    Objects.requireNonNull(documentLabels, "documentLabels");
  }

  /** The same settings without first-pass labels (what the first pass of {@code JACKKNIFE} trains). */
  public NerTrainingConfig withoutDocumentLabels() {
    return new NerTrainingConfig(algorithm, iterations, cutoff, seed, codec, threads, beamSize, l1, l2,
        featureDescriptor, documentFeatures, DocumentLabels.NONE);
  }

  public boolean usesDocumentLabels() {
    return documentLabels != DocumentLabels.NONE;
  }

  /** The settings the shipped model was trained with. */
  public static NerTrainingConfig defaults() {
    return new NerTrainingConfig("PERCEPTRON", 100, 1, 1L, "BILOU", 2, 3, 0.0, 0.0, null, false, DocumentLabels.NONE);
  }

  @Override
  public byte[] featureDescriptor() {
    return featureDescriptor == null ? null : featureDescriptor.clone();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "algorithm=%s iterations=%d cutoff=%d seed=%d codec=%s threads=%d beam=%d l1=%s l2=%s features=%s"
            + " document-features=%s document-labels=%s",
        algorithm, iterations, cutoff, seed, codec, threads, beamSize, l1, l2,
        featureDescriptor == null ? "default" : "custom", documentFeatures, documentLabels);
  }
}
