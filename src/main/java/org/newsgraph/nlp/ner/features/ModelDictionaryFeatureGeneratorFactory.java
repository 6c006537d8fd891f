package org.newsgraph.nlp.ner.features;

import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * A descriptor factory whose generator reads a name list stored in the model:
 * {@code <str name="dict">resource-name</str> <str name="prefix">feature prefix</str>}. The list
 * is a model resource, so it travels inside the model file.
 */
abstract class ModelDictionaryFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** What the list holds, for the message when the model lacks it ("dictionary", "word cluster"). */
  abstract String kind();

  abstract AdaptiveFeatureGenerator generator(String prefix, Dictionary dictionary) throws InvalidFormatException;

  @Override
  public final AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String dict = getStr("dict");
    Object resource = resourceManager == null ? null : resourceManager.getResource(dict);
    if (!(resource instanceof Dictionary dictionary)) {
      throw new InvalidFormatException("no " + kind() + " resource named '" + dict + "' in the model");
    }
    return generator(getStr("prefix"), dictionary);
  }

  @Override
  public final Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new DictionarySerializer());
  }
}
