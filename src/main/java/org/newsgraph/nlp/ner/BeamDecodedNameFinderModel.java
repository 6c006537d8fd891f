package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsgraph.nlp.decode.BeamDecoder;

/**
 * A name finder model read from a file whose {@link NameFinderME} decodes with {@link BeamDecoder}
 * instead of OpenNLP's beam search, and computes window features once per token of a sentence
 * ({@link MemoisedWindowsNameFinderFactory}): the same names and probabilities at the model's beam
 * size, in less time. For the shipped model (GIS or perceptron, OpenNLP's default context generator,
 * feature generators that do not read earlier outcomes) the beam takes its probabilities from
 * {@link NameScores} ({@link NameBeamDecoder}). Other model files keep the generic path:
 * {@code NameScores} computes a token's generator features once for all the beam's sequences, which
 * a generator that reads the previous outcomes would make wrong without any error.
 */
final class BeamDecodedNameFinderModel extends TokenNameFinderModel {

  private static final String MODEL_ENTRY = "nameFinder.model";

  // Null while OpenNLP's constructor runs (it may ask for the factory); set right after.
  private final TokenNameFinderFactory memoisedWindows;
  /** Whether the features are known to ignore earlier outcomes (the shipped model's, tested). */
  private final boolean shippedFeatures;

  /** The shipped model, read from the classpath. */
  BeamDecodedNameFinderModel(InputStream shipped) throws IOException {
    super(shipped);
    memoisedWindows = memoisedWindows();
    shippedFeatures = true;
  }

  /** A model file of the user's (trained with `train-ner`, perhaps with other features). */
  BeamDecodedNameFinderModel(Path file) throws IOException {
    super(file);
    memoisedWindows = memoisedWindows();
    shippedFeatures = false;
  }

  /** OpenNLP's own factory builds the generators unless it is the plain one this replaces. */
  private TokenNameFinderFactory memoisedWindows() {
    TokenNameFinderFactory own = super.getFactory();
    return own.getClass() == TokenNameFinderFactory.class ? new MemoisedWindowsNameFinderFactory(this) : own;
  }

  @Override
  public TokenNameFinderFactory getFactory() {
    return memoisedWindows == null ? super.getFactory() : memoisedWindows;
  }

  @Override
  public SequenceClassificationModel getNameFinderSequenceModel() {
    if (getArtifact(MODEL_ENTRY) instanceof MaxentModel maxent) {
      SequenceClassificationModel decoder =
          BeamDecoder.forWidth(BeamDecoder.beamSize(this, NameFinderME.DEFAULT_BEAM_SIZE), maxent);
      NameScores scores = shippedFeatures && decoder instanceof BeamDecoder ? NameScores.of(maxent) : null;
      return scores == null ? decoder : new NameBeamDecoder((BeamDecoder) decoder, scores);
    }
    return super.getNameFinderSequenceModel();
  }
}
