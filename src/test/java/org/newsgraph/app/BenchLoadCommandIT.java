package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
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
   * The sides in the order they ran, each checked to have written all 40 entities, and 300
   * relationships, one per relation (its evidence differs, or, for the floor, it creates one per
   * row), except the bare baseline: 300 relations between 40 entities repeat some pairs, which it
   * merges.
   */
  private static List<String> sides(String output) {
    Matcher runs = RUN.matcher(output);
    List<String> sides = new java.util.ArrayList<>();
    while (runs.find()) {
      sides.add(runs.group(1));
      assertThat(runs.group(2)).as("entities").isEqualTo("40");
      assertThat(Integer.parseInt(runs.group(3))).isEqualTo(runs.group(1).equals("baseline") ? distinctPairs() : 300);
    }
    return sides;
  }

  private static int distinctPairs() {
    return (int) BenchRows.pairs(300, 40, "bench").stream().distinct().count();
  }
}
