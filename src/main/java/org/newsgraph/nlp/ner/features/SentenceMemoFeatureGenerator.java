package org.newsgraph.nlp.ner.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Gives the features another generator gives a token, computing them once per token of a sentence.
 * A window generator asks its inner generator for the features of each token once for every window
 * position that covers it (five times in a window of ±2); behind this memo the inner generator
 * runs once per token and the window gets the same features in the same order.
 *
 * <p>Only for inner generators whose features depend on the sentence's tokens, the token's index
 * and the adaptive data alone, never on the previous outcomes. A sentence is one tokens array
 * (compared by identity, as OpenNLP's {@code CachedFeatureGenerator} does); the memo is also
 * emptied whenever adaptive data is updated or cleared, which the name finder and its training
 * do after each sentence, so an array filled again with another sentence is not mistaken for the
 * last one.
 *
 * <p>Keeps the last sentence's features, so one instance per thread (as the generators it wraps).
 */
public final class SentenceMemoFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final String[] NONE = new String[0];

  private final AdaptiveFeatureGenerator inner;
  private String[] sentence;
  private String[][] features = new String[0][];

  public SentenceMemoFeatureGenerator(AdaptiveFeatureGenerator inner) {
    this.inner = Objects.requireNonNull(inner, "inner");
  }

  @Override
  public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      sentence = tokens;
      features = new String[tokens.length][];
    }
    String[] known = features[index];
    if (known == null) {
      List<String> generated = new ArrayList<>();
      inner.createFeatures(generated, tokens, index, previousOutcomes);
      known = generated.isEmpty() ? NONE : generated.toArray(String[]::new);
      features[index] = known;
    }
    Collections.addAll(out, known);
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    forget();
    inner.updateAdaptiveData(tokens, outcomes);
  }

  @Override
  public void clearAdaptiveData() {
    forget();
    inner.clearAdaptiveData();
  }

  private void forget() {
    sentence = null;
    features = new String[0][];
  }
}
