package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.decode.BeamDecoder;
import org.newsgraph.nlp.decode.OutcomeHistories;

/** {@link ChunkerScores} against the shipped chunker model's own evaluation of the default features. */
class ChunkerScoresTest {

  private static final String[] SENTENCES = {
      "Trump met with North Korean leader Kim Jong Un in Singapore on June 12 .",
      "The central bank , which raised rates twice last year , said on Tuesday that inflation had peaked .",
      "Shares in UK pharmaceutical firm Phytopharm closed down 19.84 % at 151.5 pence .",
      "Putin praises Trump",
      "Hi",
      "`` We will not back down , '' she told reporters after the zzqx vote .",
  };

  private static NlpModels models;
  private static MaxentModel maxent;

  @BeforeAll
  static void load() {
    models = NlpModels.loadDefault();
    maxent = models.chunks().getArtifact("chunker.model");
  }

  @Test
  void givesTheModelsProbabilitiesForEveryPairOfPreviousTags() {
    ChunkerScores scores = ChunkerScores.of(maxent, models.chunks().getFactory().getContextGenerator());
    assertThat(scores).isNotNull();
    DefaultChunkerContextGenerator features = new DefaultChunkerContextGenerator();
    POSTaggerME tagger = new POSTaggerME(models.pos(), POSTagFormat.PENN);
    int compared = 0;
    for (String sentence : SENTENCES) {
      String[] tokens = sentence.split(" ");
      String[] tags = tagger.tag(tokens);
      BeamDecoder.TokenScores sentenceScores = scores.forSentence(tokens, tags);
      for (int i = 0; i < tokens.length; i++) {
        for (String[] before : OutcomeHistories.before(maxent, i, 1)) {
          double[] expected = maxent.eval(features.getContext(i, tokens, tags, before));
          assertThat(sentenceScores.at(i, before)).as("%s, token %d", sentence, i).containsExactly(expected);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  @Test
  void otherModelsOrFeaturesAreLeftToTheGenericPath() {
    assertThat(ChunkerScores.of(maxent, new Object())).isNull();
    assertThat(ChunkerScores.of(new Object(), new DefaultChunkerContextGenerator())).isNull();
  }
}
