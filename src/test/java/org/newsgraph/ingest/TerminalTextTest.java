package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "plain title|plain title",
      "fêted 🚀 launch|fêted 🚀 launch"})
  void printableTextIsLeftAlone(String in, String out) {
    assertThat(TerminalText.escape(in)).isEqualTo(out);
  }

  @Test
  void controlCharactersAreWrittenOut() {
    assertThat(TerminalText.escape("Title\u001b]0;owned\u0007\u001b[2J\nnext\ttab\u202eevil"))
        .isEqualTo("Title\\u001b]0;owned\\u0007\\u001b[2J\\nnext\\ttab\\u202eevil");
  }

  @Test
  void anExcerptKeepsTheStartAndSaysHowMuchWasLeftOut() {
    String line = "x".repeat(2_000_000);
    String shown = TerminalText.excerpt(line, 300);
    assertThat(shown).startsWith("x".repeat(300)).endsWith("… (1,999,700 more characters)");
    assertThat(shown.length()).isLessThan(340);
    assertThat(TerminalText.excerpt("short", 300)).isEqualTo("short");
  }

  @Test
  void aProblemQuotingAHugeLineStaysOnOneReadableLine() {
    ReadProblem p = new ReadProblem(Path.of("big.jsonl"), 3, "not valid JSON: " + "{\"a\":".repeat(100_000) + "\u001b[31m");
    assertThat(p.describe()).startsWith("big.jsonl:3: not valid JSON: {\"a\":").doesNotContain("\u001b").doesNotContain("\n");
    assertThat(p.describe().length()).isLessThan(700);
  }
}
