package org.newsgraph.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import org.newsgraph.nlp.decode.BeamDecoder;

/**
 * Penn Treebank tags from OpenNLP's classic English POS model: the tags {@link POSTaggerME} gives
 * with {@code POSTagFormat.PENN}, decoded by {@link BeamDecoder#forWidth} at the model's own beam
 * size (1 for the shipped model, so greedily). {@code POSModel} accepts no other decoder, so this
 * stands in for {@code POSTaggerME}.
 *
 * <p>Input: tokens. Output: one tag per token. Thread-safe: share one instance.
 */
final class PosTagger {

  private final SequenceClassificationModel decoder;
  private final POSTaggerFactory factory;
  private final int beam;

  PosTagger(POSModel model) {
    this.beam = BeamDecoder.beamSize(model, POSTaggerME.DEFAULT_BEAM_SIZE);
    this.decoder = BeamDecoder.forWidth(beam, model.<MaxentModel>getArtifact("pos.model"));
    this.factory = model.getFactory();
  }

  String[] tag(String[] tokens) {
    return decoder.bestSequence(tokens, null, factory.getPOSContextGenerator(0), factory.getSequenceValidator())
        .getOutcomes().toArray(new String[0]);
  }

  /** The best tag sequences, as many as the beam holds, best first. */
  Sequence[] topKSequences(String[] tokens) {
    return decoder.bestSequences(beam, tokens, null, factory.getPOSContextGenerator(0), factory.getSequenceValidator());
  }
}
