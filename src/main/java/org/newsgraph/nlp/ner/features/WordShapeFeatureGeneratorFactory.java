package org.newsgraph.nlp.ner.features;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Descriptor factory for {@link WordShapeFeatureGenerator}; takes no parameters. */
public final class WordShapeFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() {
    return new WordShapeFeatureGenerator();
  }
}
