package org.newsgraph.nlp.ner;

import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.newsgraph.nlp.decode.BeamDecoder;

/**
 * The name finder's {@link BeamDecoder}, which takes the probabilities from {@link NameScores}
 * when {@link opennlp.tools.namefind.NameFinderME} decodes with the default context generator:
 * the same sequences, with fewer features built and looked up. {@code NameFinderME} still owns the
 * generator and its document state, and the validator and outcome decoding are its own.
 *
 * <p>Thread-safe: share one instance; all state is per call.
 */
final class NameBeamDecoder implements SequenceClassificationModel {

  private final BeamDecoder beam;
  private final NameScores scores;

  NameBeamDecoder(BeamDecoder beam, NameScores scores) {
    this.beam = beam;
    this.scores = scores;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
    if (sequence instanceof String[] tokens && NameScores.reproduces(contexts)) {
      BeamDecoder.TokenScores sentence =
          scores.forSentence(tokens, (BeamSearchContextGenerator<String>) contexts, additionalContext);
      return beam.bestSequences(numSequences, sequence, minSequenceScore, sentence, validator);
    }
    return beam.bestSequences(numSequences, sequence, additionalContext, minSequenceScore, contexts, validator);
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
    return bestSequences(numSequences, sequence, additionalContext, BeamDecoder.MIN_SEQUENCE_SCORE, contexts,
        validator);
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> contexts,
      SequenceValidator<T> validator) {
    Sequence[] best = bestSequences(1, sequence, additionalContext, contexts, validator);
    return best.length == 0 ? null : best[0];
  }

  @Override
  public String[] getOutcomes() {
    return beam.getOutcomes();
  }
}
