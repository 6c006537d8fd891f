package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
      "He met J. Carter. Then he left.|2",
      "Shares of Harwick rose, said Tom Berg of K.L. Lindholm Group.|1",
      "Prices will rise, said K.L. Lindholm Group analyst Tom Berg.|1",
      "Sales rose in the U.S. And Canada, the company said.|1"})
  void anInitialDoesNotEndASentence(String text, int sentences) {
    assertThat(nlp.annotate(text)).hasSize(sentences);
  }

  @Test
  void aSentenceWithinTheLimitIsKeptWhole() {
    String text = "The council met on Tuesday and approved the budget.";
    assertThat(SentenceBreaks.capLength(text, new Span(0, text.length()), 200)).containsExactly(new Span(0, text.length()));
  }

  @Test
  void aLongRunIsCutAfterAClauseMarkInTheSecondHalfOfEachPiece() {
    String text = "alpha beta gamma delta, epsilon zeta eta theta iota kappa lambda mu";
    List<Span> pieces = SentenceBreaks.capLength(text, new Span(0, text.length()), 40);
    assertThat(pieces.get(0).getCoveredText(text)).isEqualTo("alpha beta gamma delta,");
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(40));
    assertThat(String.join(" ", pieces.stream().map(p -> p.getCoveredText(text).toString()).toList())).isEqualTo(text);
  }

  @Test
  void withoutPunctuationItIsCutAtSpacesAndNothingIsLost() {
    String text = ("word ".repeat(30_000)).strip();
    List<Span> pieces = SentenceBreaks.capLength(text, new Span(0, text.length()), SentenceBreaks.MAX_CHARS);
    assertThat(pieces).hasSizeGreaterThan(60).allSatisfy(p -> {
      assertThat(p.length()).isLessThanOrEqualTo(SentenceBreaks.MAX_CHARS);
      assertThat(p.getCoveredText(text).toString()).startsWith("word").endsWith("word");
    });
    int words = pieces.stream().mapToInt(p -> p.getCoveredText(text).toString().split(" ").length).sum();
    assertThat(words).isEqualTo(30_000);
  }

  @Test
  void oneUnbrokenWordIsCutAtTheLimit() {
    String text = "x".repeat(95);
    assertThat(SentenceBreaks.capLength(text, new Span(0, 95), 40))
        .containsExactly(new Span(0, 40), new Span(40, 80), new Span(80, 95));
  }

  @Test
  void aLineOfInitialsStaysCheapAndEndsInBoundedSentences() {
    String line = "A. B. C. D. E. F. G. H. ".repeat(12_000).strip();
    List<AnnotatedSentence> out = nlp.annotate("Initials\n\n" + line);
    assertThat(out).hasSizeGreaterThan(100)
        .allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(SentenceBreaks.MAX_CHARS));
  }
}
