package org.newsgraph.nlp;

import opennlp.tools.chunker.ChunkerFactory;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.TokenTag;
import org.newsgraph.nlp.decode.BeamDecoder;

/**
 * IOB chunk tags from OpenNLP's classic English chunker model: the tags {@link ChunkerME} gives
 * at the model's beam size, decoded by {@link BeamDecoder} (the same tags in less time;
 * {@code ChunkerModel} accepts no other decoder, so this stands in for {@code ChunkerME}).
 *
 * <p>Input: tokens and their Penn Treebank tags. Output: one chunk tag per token. Thread-safe:
 * share one instance.
 */
final class Chunker {

  private final SequenceClassificationModel decoder;
  private final ChunkerFactory factory;

  Chunker(ChunkerModel model) {
    this.decoder = BeamDecoder.forWidth(BeamDecoder.beamSize(model, ChunkerME.DEFAULT_BEAM_SIZE),
        model.<MaxentModel>getArtifact("chunker.model"));
    this.factory = model.getFactory();
  }

  String[] chunk(String[] tokens, String[] tags) {
    return decoder.bestSequence(TokenTag.create(tokens, tags), new Object[0], factory.getContextGenerator(),
        factory.getSequenceValidator()).getOutcomes().toArray(new String[0]);
  }
}
