package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.carb.CarbExtraction;
import picocli.CommandLine;

class EvalCarbCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(EvalCarbCommand command, String... args) {
    return new CommandLine(command)
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void printsPrecisionRecallF1AndAuc() throws IOException {
    Path gold = write("gold.tsv", "Kim met Trump .\tmet\tKim\tTrump\n");
    Path system = write("system.txt", "Kim met Trump .\t0.8\tmet\tKim\tTrump\n");

    int exit = run(new EvalCarbCommand(), "--gold", gold.toString(), "--system", system.toString());

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("P    1.000", "R    1.000", "F1   1.000", "AUC  1.000")
        .contains("gold: 1 sentences, 1 extractions; system: 1 extractions, 1 on gold sentences");
  }

  @Test
  void modeWithASystemFileIsAUsageError() throws IOException {
    Path gold = write("gold.tsv", "Kim met Trump .\tmet\tKim\tTrump\n");
    Path system = write("system.txt", "Kim met Trump .\t0.8\tmet\tKim\tTrump\n");

    int exit = run(new EvalCarbCommand(), "--gold", gold.toString(), "--system", system.toString(),
        "--mode", "accurate");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--mode applies to --sentences only");
  }

  @Test
  void readsOpenIeFormatWhenAsked() throws IOException {
    Path gold = write("gold.tsv", "Kim met Trump .\tmet\tKim\tTrump\n");
    Path system = write("openie5.txt", "0.8\t\tSimpleArgument(Kim,List([0, 3)))"
        + "\tRelation(met,List([4, 7)))\tSimpleArgument(Trump,List([8, 13)))\tKim met Trump .\n");

    int exit = run(new EvalCarbCommand(), "--gold", gold.toString(), "--system", system.toString(),
        "--system-format", "OpenIE5");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("F1   1.000");
  }

  @Test
  void reportsMalformedInputWithoutStackTrace() throws IOException {
    Path gold = write("gold.tsv", "Kim met Trump .\tmet\tKim\tTrump\n");
    Path system = write("system.txt", "Kim met Trump .\tsure\tmet\tKim\tTrump\n");

    int exit = run(new EvalCarbCommand(), "--gold", gold.toString(), "--system", system.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("carb: ")
        .contains("system.txt:1")
        .doesNotContain("\tat ");
  }

  @Test
  void rejectsUnknownFormat() {
    int exit = run(new EvalCarbCommand(), "--gold", "g", "--system", "s", "--system-format", "xml");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("'xml' is not a system format");
  }

  @Test
  void runsPluggedInExtractorOnSentencesAsRead() throws IOException {
    Path sentences = write("sentences.txt", "Kim met Trump .\n\nPutin  praised Trump .\n");
    List<String> seen = new ArrayList<>();
    EvalCarbCommand command = new EvalCarbCommand(lines -> {
      seen.addAll(lines);
      return lines.stream()
          .map(s -> new CarbExtraction(s, 0.5, "said", List.of("nobody")))
          .toList();
    });

    List<CarbExtraction> extractions = command.extract(sentences);

    assertThat(seen).containsExactly("Kim met Trump .", "Putin  praised Trump .");
    assertThat(extractions).hasSize(2);
  }

  @Test
  void scoresPluggedInExtractorOnSentences() throws IOException {
    Path gold = write("gold.tsv", "Kim met Trump .\tmet\tKim\tTrump\n");
    Path sentences = write("sentences.txt", "Kim met Trump .\n");
    EvalCarbCommand command = new EvalCarbCommand(lines -> lines.stream()
        .map(s -> new CarbExtraction(s, 0.7, "met", List.of("Kim", "Trump")))
        .toList());

    int exit = run(command, "--gold", gold.toString(), "--sentences", sentences.toString());

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("F1   1.000", "extraction: ");
  }

  @Test
  void takesEitherSystemOrSentences() {
    assertThat(run(new EvalCarbCommand(), "--gold", "g", "--system", "s", "--sentences", "t")).isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");
    assertThat(run(new EvalCarbCommand(), "--gold", "g")).isEqualTo(2);
  }
}
