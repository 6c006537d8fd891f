package org.newsgraph.nlp;

import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Sequence;
import org.newsgraph.nlp.decode.GreedySequenceModel;

/**
 * Lemmas from OpenNLP's statistical lemmatizer model, decoded greedily: the same lemmas as
 * {@link LemmatizerME} with a beam of one, at a fraction of the cost (see {@link GreedySequenceModel};
 * OpenNLP 2.5.4's lemmatizer model does not accept another decoder, so this stands in for
 * {@code LemmatizerME}).
 *
 * <p>Input: lower-cased tokens and their Universal POS tags. Output: one lemma per token, or
 * {@code "O"} where the model has none. Thread-safe: share one instance.
 */
final class GreedyLemmatizer {

  /**
   * Contexts each thread remembers the lemma class of. News repeats its words, so most tokens are
   * found there; 32,768 contexts take some 15 MB per thread.
   */
  static final int MEMORY = 1 << 15;

  private final GreedySequenceModel decoder;
  private final LemmatizerFactory factory;

  GreedyLemmatizer(LemmatizerModel model, int memory) {
    this.decoder = new GreedySequenceModel(model.<MaxentModel>getArtifact("lemmatizer.model"), memory);
    this.factory = model.getFactory();
  }

  String[] lemmatize(String[] tokens, String[] tags) {
    // The factory makes a new context generator and validator on each call: neither holds state.
    LemmatizerContextGenerator features = factory.getContextGenerator();
    GreedySequenceModel.ContextName<String> name = features.getClass() == DefaultLemmatizerContextGenerator.class
        // Its features are made of the previous class, the word and its tag, and nothing else.
        ? (i, words, before) -> (i == 0 ? "bos" : before[i - 1]) + '\u0000' + words[i] + '\u0000' + tags[i]
        : null;
    Sequence classes =
        decoder.bestSequence(tokens, new Object[] {tags}, features, factory.getSequenceValidator(), name);
    if (classes == null) {
      return new String[tokens.length];
    }
    return LemmatizerME.decodeLemmas(tokens, classes.getOutcomes().toArray(new String[0]));
  }
}
