package org.newsgraph.nlp.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactProvider;
import org.newsgraph.nlp.ner.features.MemoisedWindowFeatureGeneratorFactory;

/**
 * OpenNLP's name finder factory for a loaded model, except that the feature generators are built
 * from the model's descriptor as rewritten by {@link MemoisedWindowFeatureGeneratorFactory#memoiseWindows}:
 * the same features, and so the same names and probabilities, with each token's window features
 * computed once per sentence instead of once per window position. The model file is not changed.
 */
final class MemoisedWindowsNameFinderFactory extends TokenNameFinderFactory {

  /** Where a name finder model keeps its feature generator descriptor. */
  private static final String DESCRIPTOR_ENTRY = "generator.featuregen";

  MemoisedWindowsNameFinderFactory(ArtifactProvider model) {
    init(model);
  }

  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    byte[] descriptor = artifactProvider.getArtifact(DESCRIPTOR_ENTRY);
    if (descriptor == null) {
      return super.createFeatureGenerators();
    }
    try {
      return GeneratorFactory.create(
          new ByteArrayInputStream(MemoisedWindowFeatureGeneratorFactory.memoiseWindows(descriptor)),
          artifactProvider::getArtifact);
    } catch (IOException e) {
      // The model's own descriptor was read when the model was loaded, so this is a programming error.
      throw new UncheckedIOException("cannot build the name finder's feature generators", e);
    }
  }
}
