package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code eval entities} end to end, with the shipped models, on three small documents written for the test. */
class EvalEntitiesCommandIT {

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    int exit = cli.execute(args);
    assertThat(exit).as("exit code, output:\n" + out).isZero();
    return out.toString();
  }

  @Test
  void scoresThePipelineBesideTheNameFinder() throws Exception {
    Path conll = Path.of(getClass().getResource("/org/newsgraph/eval/entities/three-documents.conll").toURI());
    String out = run("eval", "entities", "--conll-docs", conll.toString(), "--threads", "1");
    assertThat(out).contains("3 documents rebuilt as articles, 18 gold names (distinct per document)");
    assertThat(out).containsPattern("(?m)^PER\\s+3\\s+\\d\\.\\d{3}");
    assertThat(out).containsPattern("(?m)^typed, all\\s+18\\s+(\\d\\.\\d{3}\\s+){6}[-+]\\d\\.\\d{3}$");
    assertThat(out).containsPattern("(?m)^untyped\\s+18\\s");
    assertThat(out).doesNotContain("could not be read");
  }

  @Test
  void listsEveryCommandInTheHelpOfEval() {
    assertThat(run("eval", "--help")).contains("entities");
  }
}
