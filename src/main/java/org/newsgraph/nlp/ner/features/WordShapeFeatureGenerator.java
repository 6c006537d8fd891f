package org.newsgraph.nlp.ner.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Emits the short {@link WordShape} of the current token ({@code sh=Xx}). Meant to be wrapped in
 * a window generator so the shapes of the neighbours are seen too. Stateless.
 */
public final class WordShapeFeatureGenerator implements AdaptiveFeatureGenerator {

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    features.add("sh=" + WordShape.shortShape(tokens[index]));
  }
}
