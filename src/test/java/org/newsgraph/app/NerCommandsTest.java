package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The NER commands, run the way Main runs them, on small CoNLL snippets written here. */
class NerCommandsTest {

  private static final String SNIPPET = """
      -DOCSTART- -X- -X- O

      Chancellor NNP B-NP O
      Helmut NNP I-NP B-PER
      Kohl NNP I-NP I-PER
      visited VBD B-VP O
      Warsaw NNP B-NP B-LOC
      . . O O

      The DT B-NP O
      talks NNS I-NP O
      ended VBD B-VP O
      on IN B-PP O
      Friday NNP B-NP O
      . . O O

      -DOCSTART- -X- -X- O

      Toyota NNP B-NP B-ORG
      opened VBD B-VP O
      a DT B-NP O
      plant NN I-NP O
      in IN B-PP O
      Ohio NNP B-NP B-LOC
      . . O O
      """;

  private static String run(Object command, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    int exit = cli.execute(args);
    assertThat(exit).as("exit code, output:\n" + out).isZero();
    return out.toString();
  }

  private static Path snippet(Path dir) throws Exception {
    Path file = dir.resolve("snippet.conll");
    Files.writeString(file, SNIPPET);
    return file;
  }

  @Test
  void tagOutputLinesUpTokenForTokenWithItsInput(@TempDir Path dir) throws Exception {
    String output = run(new TagCommand(), "--conll", snippet(dir).toString());

    // The input's tokens with one "" after each sentence, however many blank lines it had.
    List<String> expectedTokens = new ArrayList<>();
    for (String line : SNIPPET.lines().filter(l -> !l.startsWith("-DOCSTART-")).toList()) {
      String token = line.isBlank() ? "" : line.split(" ")[0];
      boolean repeatedBreak = token.isEmpty()
          && (expectedTokens.isEmpty() || expectedTokens.get(expectedTokens.size() - 1).isEmpty());
      if (!repeatedBreak) {
        expectedTokens.add(token);
      }
    }
    expectedTokens.add(""); // the snippet ends without a blank line; the output always has one
    List<String> lines = output.lines().toList();
    assertThat(lines).hasSize(expectedTokens.size());
    for (int i = 0; i < expectedTokens.size(); i++) {
      String token = expectedTokens.get(i);
      if (token.isEmpty()) {
        assertThat(lines.get(i)).as("line %d", i).isEmpty();
      } else {
        String[] columns = lines.get(i).split("\t");
        assertThat(columns).as("line %d", i).hasSize(2);
        assertThat(columns[0]).isEqualTo(token);
        assertThat(columns[1]).matches("O|[BI]-(PER|LOC|ORG|MISC)");
      }
    }
    assertThat(output).contains("Kohl\tI-PER").contains("Warsaw\tB-LOC");
  }

  @Test
  void evalPrintsPerTypeAndOverallScores(@TempDir Path dir) throws Exception {
    String output = run(new EvalNerCommand(), "--gold", snippet(dir).toString());
    assertThat(output).contains("PER").contains("LOC").contains("ORG").contains("overall");
    String[] overall = output.lines().filter(l -> l.startsWith("overall")).findFirst()
        .orElseThrow().split(" +");
    assertThat(overall[1]).isEqualTo("4"); // Helmut Kohl, Warsaw, Toyota, Ohio
  }

  @Test
  void benchReportsSpeedAndMachine(@TempDir Path dir) throws Exception {
    String output = run(new BenchNerCommand(),
        "--conll", snippet(dir).toString(), "--rounds", "1", "--warmup", "0");
    assertThat(output).contains("cores").contains("Java").contains("loaded in").contains("tokens/s");
  }

  @Test
  void trainWritesAModelThatTagCanUse(@TempDir Path dir) throws Exception {
    StringBuilder data = new StringBuilder();
    String[] people = {"Anna Berg", "Tom Hale", "Rita Moss", "Ivan Petrov", "Lena Roth"};
    String[] places = {"Oslo", "Lima", "Cairo", "Perth", "Quito"};
    for (int i = 0; i < 40; i++) {
      String[] name = people[i % people.length].split(" ");
      data.append(name[0]).append(" B-PER\n").append(name[1]).append(" I-PER\n")
          .append("went O\nto O\n").append(places[(i * 3) % places.length]).append(" B-LOC\n. O\n\n");
    }
    Path train = dir.resolve("train.conll");
    Files.writeString(train, data);
    Path model = dir.resolve("model.bin");

    String output = run(new TrainNerCommand(), "--train", train.toString(), "--dev", train.toString(),
        "--out", model.toString(), "--algorithm", "PERCEPTRON", "--iterations", "10", "--threads", "1");

    assertThat(model).isRegularFile();
    assertThat(output).contains("overall");
    String tagged = run(new TagCommand(), "--conll", train.toString(), "--model", model.toString());
    assertThat(Arrays.asList(tagged.split("\n")).subList(0, 3))
        .containsExactly("Anna\tB-PER", "Berg\tI-PER", "went\tO");
  }
}
