package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bench reload} on a small corpus: the first --limit records load once as new, then every
 * re-load finds all of them unchanged, and the shares of the first load are printed.
 */
class BenchReloadCommandIT {

  @TempDir Path dir;

  @Test
  void reLoadsFindEveryArticleUnchanged() throws Exception {
    Path corpus = TestCorpus.write(dir.resolve("corpus.jsonl"), 12);
    List<String> before = benchFolders();
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchReloadCommand());
    cli.setOut(new PrintWriter(out));

    int exit = cli.execute("--input", corpus.toString(), "--limit", "8", "--rounds", "2", "--threads", "1");

    String output = out.toString();
    assertThat(exit).as(output).isZero();
    assertThat(output).contains("input: the first 8 record(s) of " + corpus)
        .containsPattern("(?m)^first load: 8 new, 0 replaced, 0 unchanged, 0 problem\\(s\\) in [\\d.]+ s$")
        .containsPattern("(?m)^re-load 1: 0 new, 0 replaced, 8 unchanged, 0 problem\\(s\\) in [\\d.]+ s = [\\d.]+ % of the first load$")
        .containsPattern("(?m)^re-load 2: 0 new, 0 replaced, 8 unchanged, 0 problem\\(s\\) in [\\d.]+ s = [\\d.]+ % of the first load$")
        .containsPattern("(?m)^median re-load: [\\d.]+ % of the first load");
    assertThat(benchFolders()).as("the temporary corpus and store are deleted").isEqualTo(before);
  }

  private static List<String> benchFolders() throws Exception {
    try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return temp.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("newsgraph-bench-reload-")).sorted().toList();
    }
  }

  @Test
  void copiesOnlyTheFirstNonBlankRecords() throws Exception {
    Path from = Files.writeString(dir.resolve("in.jsonl"), "{\"a\":1}\n\n{\"a\":2}\n{\"a\":3}\n");
    Path to = dir.resolve("out.jsonl");

    assertThat(BenchReloadCommand.copyFirstRecords(from, to, 2)).isEqualTo(2);
    assertThat(Files.readAllLines(to)).isEqualTo(List.of("{\"a\":1}", "{\"a\":2}"));
  }

  @Test
  void aMissingCorpusIsSaidAndNothingRuns() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchReloadCommand());
    cli.setOut(new PrintWriter(out));

    int exit = cli.execute("--input", dir.resolve("absent.jsonl.gz").toString());

    assertThat(exit).isZero();
    assertThat(out.toString()).startsWith("bench reload: no input at ").contains("nothing measured");
  }
}
