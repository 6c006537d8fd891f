package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench extract} on the seed article, run the way Main runs it. */
class BenchExtractCommandTest {

  @Test
  void reportsSpeedStageSharesAndCpuTime() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchExtractCommand());
    cli.setOut(new PrintWriter(out));

    int exit = cli.execute("--input", "seeds", "--threads", "1");

    String report = out.toString();
    assertThat(exit).as(report).isZero();
    assertThat(report).contains("1 article(s) extracted", "sentences/s", "extraction CPU:", "ms per sentence");
    Matcher stages = Pattern.compile("time per stage [^:]*: (.*)").matcher(report);
    assertThat(stages.find()).as(report).isTrue();
    double sum = 0;
    for (String share : stages.group(1).split(", ")) {
      sum += Double.parseDouble(share.replaceAll(".* ([0-9.]+)%$", "$1"));
    }
    assertThat(stages.group(1)).contains("POS tags", "chunks", "lemmas", "names", "rules", "JSON");
    assertThat(sum).isBetween(99.0, 101.0);
  }
}
