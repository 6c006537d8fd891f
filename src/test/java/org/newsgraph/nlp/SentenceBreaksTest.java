package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the pipeline ends sentences, with the shipped sentence model. */
class SentenceBreaksTest {

  private static NlpPipeline nlp;

  @BeforeAll
  static void load() {
    nlp = new NlpPipeline(NlpModels.loadDefault(), NameTagger.NONE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Harwick 212 (R. Kowalski 52, T. Berg 40), Lindholm 98.|1",
      "The ferry left at 9. Karin Lund was on it.|2",
      "He met J. Carter. Then he left.|2"})
  void anInitialDoesNotEndASentence(String text, int sentences) {
    assertThat(nlp.annotate(text)).hasSize(sentences);
  }
}
