package org.newsgraph.nlp;

import opennlp.tools.chunker.ChunkerFactory;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.Sequence;
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
  /** The model's probabilities with fewer look-ups, when its features are the default ones; else null. */
  private final ChunkerScores scores;

  Chunker(ChunkerModel model) {
    int width = BeamDecoder.beamSize(model, ChunkerME.DEFAULT_BEAM_SIZE);
    MaxentModel maxent = model.getArtifact("chunker.model");
    this.decoder = BeamDecoder.forWidth(width, maxent);
    this.factory = model.getFactory();
    this.scores = decoder instanceof BeamDecoder ? ChunkerScores.of(maxent, factory.getContextGenerator()) : null;
  }

  String[] chunk(String[] tokens, String[] tags) {
    TokenTag[] sequence = TokenTag.create(tokens, tags);
    Sequence best;
    if (scores != null) {
      best = ((BeamDecoder) decoder).bestSequences(1, sequence, BeamDecoder.MIN_SEQUENCE_SCORE,
          scores.forSentence(tokens, tags), factory.getSequenceValidator())[0];
    } else {
      best = decoder.bestSequence(sequence, new Object[0], factory.getContextGenerator(), factory.getSequenceValidator());
    }
    return best.getOutcomes().toArray(new String[0]);
  }
}
