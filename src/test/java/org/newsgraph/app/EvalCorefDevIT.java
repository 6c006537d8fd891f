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
 * {@code eval coref} end to end on GUM's two dev news documents, read from {@code ../shared/eval}
 * next to the project (never copied here); skipped when it is not there.
 */
class EvalCorefDevIT {

  private static final Path GUM = Path.of("..", "shared", "eval", "coref", "gum-news");
  private static final Pattern PRONOUNS = Pattern.compile("(\\d+) pronouns \\(he, she, him, her\\)");

  @Test
  void scoresTheExtractorAndTheBaselineOnDev() {
    assumeTrue(Files.isReadable(GUM.resolve("dep").resolve("GUM_news_iodine.conllu")),
        "GUM news not found at " + GUM.toAbsolutePath().normalize());
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    int exit = cli.execute("eval", "coref", "--gum", GUM.toString(), "--split", "dev", "--threads", "1");
    String report = out.toString();
    assertThat(exit).as(report).isZero();
    assertThat(report).contains("2 documents rebuilt as articles and extracted");

    Matcher pronouns = PRONOUNS.matcher(report);
    assertThat(pronouns.find()).as(report).isTrue();
    int gold = Integer.parseInt(pronouns.group(1));
    assertThat(gold).as(report).isGreaterThan(5);

    for (String system : new String[] {"NEWSGRAPH", "NEAREST"}) {
      Matcher row = Pattern.compile("(?m)^" + system + "\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d\\.\\d{3})\\s+"
          + "(\\d\\.\\d{3})\\s+(\\d\\.\\d{3})$").matcher(report);
      assertThat(row.find()).as(system + " row in\n" + report).isTrue();
      int total = Integer.parseInt(row.group(1)) + Integer.parseInt(row.group(2)) + Integer.parseInt(row.group(3));
      assertThat(total).as(report).isEqualTo(gold);
      assertThat(Double.parseDouble(row.group(6))).as(system + " F1\n" + report).isGreaterThan(0.3);
    }
  }
}
