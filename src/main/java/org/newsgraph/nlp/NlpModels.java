package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.chunker.ChunkerModel;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once from the classpath (they ship in Maven artifacts) and shared.
 *
 * <p>Sentences, tokens, POS tags and chunks use the classic English 1.5 models (PTB tags, which the
 * chunker needs, and a sentence splitter that keeps "U.S." and "Mr." whole); lemmas use the UD
 * English model.
 */
public record NlpModels(
    SentenceModel sentences,
    TokenizerModel tokens,
    POSModel pos,
    ChunkerModel chunks,
    LemmatizerModel lemmas) {

  /**
   * The chunker's beam size. Its beam of 10 gave the same chunks as 3 in a trial here at a third of
   * the cost. (Lemmas are decoded greedily by {@link GreedyLemmatizer}.)
   */
  private static final int CHUNKER_BEAM = 3;

  public static NlpModels loadDefault() {
    ChunkerModel chunker = load("/en-chunker.bin", ChunkerModel::new);
    return new NlpModels(
        load("/en-sent.bin", SentenceModel::new),
        load("/en-token.bin", TokenizerModel::new),
        load("/en-pos-maxent.bin", POSModel::new),
        new ChunkerModel("en", chunker.<MaxentModel>getArtifact("chunker.model"), CHUNKER_BEAM, Map.of(),
            chunker.getFactory()),
        load("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new));
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read OpenNLP model " + resource + ": " + e.getMessage(), e);
    }
  }
}
