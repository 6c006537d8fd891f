package org.newsgraph.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import org.newsgraph.nlp.decode.BeamDecoder;
import org.newsgraph.nlp.decode.GreedySequenceModel;

/**
 * Penn Treebank tags from OpenNLP's classic English POS model: the tags {@link POSTaggerME} gives
 * with {@code POSTagFormat.PENN}, decoded by {@link BeamDecoder#forWidth} at the model's own beam
 * size (1 for the shipped model, so greedily). {@code POSModel} accepts no other decoder, so this
 * stands in for {@code POSTaggerME}.
 *
 * <p>Input: tokens. Output: one tag per token. Thread-safe: share one instance.
 */
final class PosTagger {

  /** The model entry of an n-gram dictionary, which changes the features; the shipped model has none. */
  private static final String NGRAM_DICTIONARY = "ngram.dictionary";

  private final SequenceClassificationModel decoder;
  private final POSTaggerFactory factory;
  private final int beam;
  /** The model's probabilities with fewer look-ups, when its features are the default ones; else null. */
  private final PosScores scores;

  PosTagger(POSModel model) {
    this.beam = BeamDecoder.beamSize(model, POSTaggerME.DEFAULT_BEAM_SIZE);
    MaxentModel maxent = model.getArtifact("pos.model");
    this.decoder = BeamDecoder.forWidth(beam, maxent);
    this.factory = model.getFactory();
    this.scores = PosScores.of(maxent, factory.getPOSContextGenerator(0), model.getArtifact(NGRAM_DICTIONARY));
  }

  String[] tag(String[] tokens) {
    return topKSequences(tokens)[0].getOutcomes().toArray(new String[0]);
  }

  /** The best tag sequences, as many as the beam holds, best first. */
  Sequence[] topKSequences(String[] tokens) {
    if (scores == null) {
      return decoder.bestSequences(beam, tokens, null, factory.getPOSContextGenerator(0),
          factory.getSequenceValidator());
    }
    BeamDecoder.TokenScores sentence = scores.forSentence(tokens);
    if (decoder instanceof GreedySequenceModel greedy) {
      Sequence best = greedy.bestSequence(tokens, sentence, factory.getSequenceValidator());
      return best == null ? new Sequence[0] : new Sequence[] {best};
    }
    return ((BeamDecoder) decoder).bestSequences(beam, tokens, BeamDecoder.MIN_SEQUENCE_SCORE, sentence,
        factory.getSequenceValidator());
  }
}
