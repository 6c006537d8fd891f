package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.decode.BeamDecoder;
import org.newsgraph.nlp.decode.OutcomeHistories;

/** {@link PosScores} against the shipped POS model's own evaluation of the default features. */
class PosScoresTest {

  private static final String[] SENTENCES = {
      "Trump met with North Korean leader Kim Jong Un in Singapore on June 12 .",
      "Shares in UK pharmaceutical firm Phytopharm closed down 19.84 % at 151.5 pence .",
      "A well-known X-ray firm , Ab3 , said it 's in talks .",
      "I",
      "Go home",
      "Zürich-based café owner ÉLAN rose 5 ½ points",
  };

  /** Every ninth tag two tokens back (a sample, to keep the test short), every tag one token back. */
  private static final int TAG_STRIDE = 9;

  private static NlpModels models;
  private static MaxentModel maxent;

  @BeforeAll
  static void load() {
    models = NlpModels.loadDefault();
    maxent = models.pos().getArtifact("pos.model");
  }

  @Test
  void givesTheModelsProbabilitiesForEveryPairOfPreviousTags() {
    PosScores scores = PosScores.of(maxent, models.pos().getFactory().getPOSContextGenerator(0), null);
    assertThat(scores).isNotNull();
    DefaultPOSContextGenerator features = new DefaultPOSContextGenerator(0, null);
    int compared = 0;
    for (String sentence : SENTENCES) {
      String[] tokens = sentence.split(" ");
      BeamDecoder.TokenScores sentenceScores = scores.forSentence(tokens);
      for (int i = 0; i < tokens.length; i++) {
        for (String[] before : OutcomeHistories.before(maxent, i, TAG_STRIDE)) {
          double[] expected = maxent.eval(features.getContext(i, tokens, before, null));
          assertThat(sentenceScores.at(i, before)).as("%s, token %d", sentence, i).containsExactly(expected);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(5_000);
  }

  @Test
  void otherModelsFeaturesOrDictionariesAreLeftToTheGenericPath() {
    DefaultPOSContextGenerator features = new DefaultPOSContextGenerator(0, null);
    assertThat(PosScores.of(maxent, new Object(), null)).isNull();
    assertThat(PosScores.of(new Object(), features, null)).isNull();
    assertThat(PosScores.of(maxent, features, new Object())).isNull();
  }
}
