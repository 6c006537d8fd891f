package org.newsgraph.nlp.ner.features;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Descriptor factory for {@link LexicalFeatureGenerator}: {@code <int name="maxAffix">4</int>}. */
public final class LexicalFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    int maxAffix = getInt("maxAffix", 4);
    if (maxAffix < 0 || maxAffix > 10) {
      throw new InvalidFormatException("maxAffix must be in 0..10, was " + maxAffix);
    }
    return new LexicalFeatureGenerator(maxAffix);
  }
}
