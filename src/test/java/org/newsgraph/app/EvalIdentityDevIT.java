package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code eval identity} end to end on two ECB+ dev topics (2: the Oscars host, 5: the 76ers' coach),
 * read from {@code ../shared/eval} next to the project (never copied here); skipped when it is not there.
 */
class EvalIdentityDevIT {

  private static final Path ECBPLUS = Path.of("..", "shared", "eval", "coref", "ecbplus");
  private static final Pattern COVERAGE = Pattern.compile("coverage: (\\d+) of (\\d+) name mentions");
  private static final String SCORE = "\\s+(\\d\\.\\d{3})";

  @Test
  void scoresTheGraphAndBothBaselinesOnTwoTopics() {
    assumeTrue(Files.isReadable(ECBPLUS.resolve("ECB_Dev_corpus.txt")),
        "ECB+ not found at " + ECBPLUS.toAbsolutePath().normalize());
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    int exit = cli.execute("eval", "identity", "--ecbplus", ECBPLUS.toString(), "--split", "dev", "--topics", "2,5");
    String report = out.toString();
    assertThat(exit).as(report).isZero();
    assertThat(report).contains("44 documents rebuilt as articles and loaded");

    Matcher coverage = COVERAGE.matcher(report);
    assertThat(coverage.find()).as(report).isTrue();
    int covered = Integer.parseInt(coverage.group(1));
    int names = Integer.parseInt(coverage.group(2));
    assertThat(names).as(report).isGreaterThan(100);
    assertThat((double) covered / names).as(report).isGreaterThan(0.75);

    for (String system : new String[] {"NEWSGRAPH", "EXACT", "HEAD"}) {
      Matcher row = Pattern.compile("(?m)^" + system + SCORE.repeat(9) + "$").matcher(report);
      assertThat(row.find()).as(system + " row in\n" + report).isTrue();
      for (int g = 1; g <= 9; g++) {
        double v = Double.parseDouble(row.group(g));
        assertThat(v).as(system + " column " + g + "\n" + report).isBetween(0.0, 1.0);
        if (g % 3 == 0) {
          assertThat(v).as(system + " F1 " + g / 3 + "\n" + report).isGreaterThan(0.3);
        }
      }
    }
    assertThat(report).contains("gold chains split over several graph entities");
  }
}
