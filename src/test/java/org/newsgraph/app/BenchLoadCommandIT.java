package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code bench load} on a few rows: both sides load the same entities and relations in each round,
 * the first side alternates, and the medians and their ratio are printed.
 */
class BenchLoadCommandIT {

  private static final Pattern RUN = Pattern.compile(
      "(?m)^(loader|baseline|same-graph baseline|floor) *: 300 rows in .* rows/s; process CPU .* \\(graph: (\\d+) entities, (\\d+) relationships\\)$");

  @Test
  void bothSidesLoadTheSameRowsInAlternatingOrder() {
    String output = run("--rows", "300", "--entities", "40", "--rounds", "2");

    assertThat(sides(output)).containsExactly("loader", "baseline", "baseline", "loader");
    assertThat(output).contains("round 2: loader / baseline: ").containsPattern(
        "median of 2 round\\(s\\): loader \\d+ rows/s, baseline \\d+ rows/s; loader / baseline: [\\d.]+x");
  }

  @Test
  void theSameGraphBaselineJoinsTheRotationAndKeepsEveryRelation() {
    String output = run("--rows", "300", "--entities", "40", "--rounds", "2", "--same-graph");

    assertThat(sides(output)).containsExactly("loader", "baseline", "same-graph baseline",
        "baseline", "same-graph baseline", "loader");
    assertThat(output).contains("round 2: loader / same-graph baseline: ").containsPattern(
        "median of 2 round\\(s\\): loader \\d+ rows/s, baseline \\d+ rows/s, same-graph baseline \\d+ rows/s;"
            + " loader / baseline: [\\d.]+x; loader / same-graph baseline: [\\d.]+x");
  }

  @Test
  void theFloorWritesEveryRowAndGivesTheMostALoaderCouldGain() {
    String output = run("--rows", "300", "--entities", "40", "--rounds", "1", "--floor");

    assertThat(sides(output)).containsExactly("loader", "baseline", "floor");
    assertThat(output).containsPattern("median of 1 round\\(s\\): loader \\d+ rows/s, baseline \\d+ rows/s, floor \\d+ rows/s;"
            + " loader / baseline: [\\d.]+x; loader / floor: [\\d.]+x")
        .containsPattern("(?m)^floor / baseline: [\\d.]+x \\(median of the rounds\\)");
  }

  /** Runs the command, which must exit 0, and returns what it printed. */
  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchLoadCommand());
    cli.setOut(new PrintWriter(out));
    int exit = cli.execute(args);
    String output = out.toString();
    assertThat(exit).as(output).isZero();
    return output;
  }

  /**
   * The sides in the order they ran, each checked to have written all 40 entities, and their
   * relationships: the floor creates one per row (300); the loader, and the baseline that writes
   * its graph, one per fact of an article (a pair that an article of 20 relations holds twice is one
   * fact); the bare baseline one per distinct pair.
   */
  private static List<String> sides(String output) {
    Matcher runs = RUN.matcher(output);
    List<String> sides = new java.util.ArrayList<>();
    while (runs.find()) {
      sides.add(runs.group(1));
      assertThat(runs.group(2)).as("entities").isEqualTo("40");
      int expected = switch (runs.group(1)) {
        case "baseline" -> distinctPairs();
        case "floor" -> 300;
        default -> factsPerArticle();
      };
      assertThat(Integer.parseInt(runs.group(3))).as(runs.group(1)).isEqualTo(expected);
    }
    return sides;
  }

  private static int distinctPairs() {
    return (int) BenchRows.pairs(300, 40, "bench").stream().distinct().count();
  }

  /** The distinct pairs of each article of 20 relations, the default of --per-article. */
  private static int factsPerArticle() {
    List<Map<String, Object>> pairs = BenchRows.pairs(300, 40, "bench");
    int facts = 0;
    for (int from = 0; from < pairs.size(); from += 20) {
      facts += (int) pairs.subList(from, Math.min(pairs.size(), from + 20)).stream().distinct().count();
    }
    return facts;
  }
}
