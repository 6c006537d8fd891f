package org.newsgraph.nlp.ner.features;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Descriptor factory for {@link GazetteerFeatureGenerator}:
 * {@code <str name="dict">resource-name</str> <str name="prefix">feature prefix</str>}. The
 * dictionary is a model resource, so it travels inside the model file.
 */
public final class GazetteerFeatureGeneratorFactory extends ModelDictionaryFeatureGeneratorFactory {

  @Override
  String kind() {
    return "dictionary";
  }

  @Override
  AdaptiveFeatureGenerator generator(String prefix, Dictionary dictionary) {
    return new GazetteerFeatureGenerator(prefix, dictionary);
  }
}
