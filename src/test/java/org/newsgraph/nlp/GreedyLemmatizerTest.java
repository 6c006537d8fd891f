package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The greedy lemmatizer against OpenNLP's, with a beam of one, on the shipped UD model. */
class GreedyLemmatizerTest {

  private static LemmatizerModel model;

  @BeforeAll
  static void load() {
    model = NlpModels.loadDefault().lemmas();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the children were running to the shops . | DET NOUN AUX VERB ADP DET NOUN PUNCT",
      "she has n't met the leaders who visited paris | PRON AUX PART VERB DET NOUN PRON VERB PROPN",
      "prices rose sharply after the bank 's better-than-expected results | NOUN VERB ADV ADP DET NOUN PART ADJ NOUN",
      "he said they had been told to leave , and went | PRON VERB PRON AUX AUX VERB PART VERB PUNCT CCONJ VERB",
      "mice geese analyses criteria feet | NOUN NOUN NOUN NOUN NOUN",
  })
  void givesTheLemmasOfABeamOfOne(String tokens, String tags) {
    String[] words = tokens.split(" ");
    String[] ud = tags.split(" ");
    LemmatizerME beamOfOne = new LemmatizerME(new LemmatizerModel("en",
        model.<MaxentModel>getArtifact("lemmatizer.model"), 1, Map.of(), model.getFactory()));
    String[] expected = beamOfOne.lemmatize(words, ud);

    String[] once = new GreedyLemmatizer(model, 0).lemmatize(words, ud);
    GreedyLemmatizer remembering = new GreedyLemmatizer(model, 100);
    remembering.lemmatize(words, ud);
    String[] again = remembering.lemmatize(words, ud);

    assertThat(once).containsExactly(expected);
    assertThat(again).containsExactly(expected);
  }
}
