package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link WordTokenizer} against OpenNLP's own tokenizer on the shipped model. */
class WordTokenizerTest {

  private static NlpModels models;
  private static WordTokenizer tokenizer;

  @BeforeAll
  static void load() {
    models = NlpModels.loadDefault();
    tokenizer = new WordTokenizer(models.tokens());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "The U.S. economy grew 2.5% in 2017, the Commerce Dept. said.",
      "\"We won't back down,\" she said -- and didn't.",
      "Kim's (North Korea's) leader met Trump's aides in Singapore's hotel.",
      "  leading and   repeated   spaces\tand tabs ",
      "a b c",
      "e-mail me at x@example.com or visit www.example.com/news?id=3!",
      "Zürich-based café's 5½-point rise...",
      "",
  })
  void givesTheSpansOfOpenNlpsTokenizer(String sentence) {
    TokenizerME reference = new TokenizerME(models.tokens());
    // twice: the second time from the remembered splits
    assertThat(tokenizer.tokenizePos(sentence)).containsExactly(reference.tokenizePos(sentence));
    assertThat(tokenizer.tokenizePos(sentence)).containsExactly(reference.tokenizePos(sentence));
  }
}
