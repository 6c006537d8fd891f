package org.newsgraph.nlp.ner.features;

import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * Descriptor factory for {@link WordClusterFeatureGenerator}:
 * {@code <str name="dict">resource-name</str> <str name="prefix">feature prefix</str>}. The word
 * clusters are a model resource ({@link WordClusters#asDictionary}), so they travel inside the
 * model file.
 */
public final class WordClusterFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String dict = getStr("dict");
    Object resource = resourceManager == null ? null : resourceManager.getResource(dict);
    if (!(resource instanceof Dictionary dictionary)) {
      throw new InvalidFormatException("no word cluster resource named '" + dict + "' in the model");
    }
    return new WordClusterFeatureGenerator(getStr("prefix"), WordClusters.of(dictionary));
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new DictionarySerializer());
  }
}
