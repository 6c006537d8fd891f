package org.newsgraph.nlp.ner.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Emits the token's word cluster ({@code prefix=number}), nothing for a word not in the list.
 * The token is looked up as it is, case kept. Meant to be wrapped in a window generator so the
 * neighbours' clusters are seen too. Stateless.
 */
public final class WordClusterFeatureGenerator implements AdaptiveFeatureGenerator {

  private final String prefix;
  private final WordClusters clusters;

  public WordClusterFeatureGenerator(String prefix, WordClusters clusters) {
    this.prefix = prefix + "=";
    this.clusters = clusters;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String cluster = clusters.cluster(tokens[index]);
    if (cluster != null) {
      features.add(prefix + cluster);
    }
  }
}
