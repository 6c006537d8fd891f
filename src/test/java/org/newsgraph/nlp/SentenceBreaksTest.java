package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

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
}
