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
 * The article pipeline keeps the name finder's quality on CoNLL-2003 dev, from {@code ../shared/eval}
 * next to the project (never copied here); skipped when it is not there.
 */
class EvalEntitiesDevIT {

  private static final Path DEV = Path.of("..", "shared", "eval", "ner", "conll2003_dev.txt");
  private static final Pattern TYPED_ALL = Pattern.compile(
      "(?m)^typed, all\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+\\s+([\\d.]+)\\s+[\\d.]+\\s+[\\d.]+\\s+([\\d.]+)");

  @Test
  void typedF1IsWithinOneHundredthOfTheNameFindersOwn() {
    assumeTrue(Files.isReadable(DEV), "CoNLL-2003 dev not found at " + DEV.toAbsolutePath().normalize());
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("eval", "entities", "--conll-docs", DEV.toString())).as(out.toString()).isZero();
    Matcher m = TYPED_ALL.matcher(out.toString());
    assertThat(m.find()).as(out.toString()).isTrue();
    double pipeline = Double.parseDouble(m.group(1));
    double nameFinder = Double.parseDouble(m.group(2));
    assertThat(pipeline).as(out.toString()).isGreaterThanOrEqualTo(nameFinder - 0.01);
  }
}
