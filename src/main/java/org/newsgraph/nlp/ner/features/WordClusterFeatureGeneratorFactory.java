package org.newsgraph.nlp.ner.features;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Descriptor factory for {@link WordClusterFeatureGenerator}:
 * {@code <str name="dict">resource-name</str> <str name="prefix">feature prefix</str>}. The word
 * clusters are a model resource ({@link WordClusters#asDictionary}), so they travel inside the
 * model file.
 */
public final class WordClusterFeatureGeneratorFactory extends ModelDictionaryFeatureGeneratorFactory {

  @Override
  String kind() {
    return "word cluster";
  }

  @Override
  AdaptiveFeatureGenerator generator(String prefix, Dictionary dictionary) throws InvalidFormatException {
    return new WordClusterFeatureGenerator(prefix, WordClusters.of(dictionary));
  }
}
