package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.RelationTypes;
import picocli.CommandLine;

/**
 * Articles written for this test, full of what used to give junk relationship types (possessors,
 * "singles chart", "went back on", "manager Sir", inflected verbs, amounts, song titles), and the
 * seed, loaded into the real embedded Neo4j: no relationship type of the graph is outside the
 * closed vocabulary, {@code stats relations} says so, and {@code sample relations} draws the same
 * sample for the same seed.
 */
class RelationTypesIT {

  @TempDir static Path dir;
  static Path data;
  static java.util.List<String> types;

  @BeforeAll
  static void load() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("1.txt"), """
        Lang to meet Dumont in Harwick final

        Ivo Lang will meet France's Pierre Dumont in the final on Sunday. Lang has beaten Dumont twice this year and \
        admired his serve. Harwick United manager Sir Tom Baxter watched the semi-final on Friday. Their anthem \
        topped the UK singles chart last week.
        """);
    Files.writeString(articles.resolve("2.txt"), """
        Minister goes back on pledge

        Finance Minister Rosa Kellner went back on a pledge to cut taxes, Nordbank said on Monday. Kellner relies on \
        Nordbank's economists and fulfils her promises, a spokesman for the ministry said. Acme Steel paid 250m \
        dollars for Nordbank's stake in Kellner Holdings in '03. Mr Baxter, chairman Lord Elwood and Dr Hanna Voss \
        met Kellner in Bonn.
        """);
    Files.writeString(articles.resolve("3.txt"), """
        Acme Steel buys Berlin mill

        Acme Steel bought the Berlin mill of Nordbank for 40 million euros. Chief Executive Lord Elwood pressed the \
        bank's board for a quick sale. Asked if he would stand again, Elwood said he had sacked nobody.
        """);
    data = dir.resolve("data");
    try (GraphTestSupport graph = new GraphTestSupport(data)) {
      assertThat(graph.load(articles, Path.of("seeds")).problems()).isEmpty();
      types = graph.query("MATCH ()-[r]->() WHERE r.sentenceId IS NOT NULL RETURN DISTINCT type(r) AS t",
          java.util.Map.of()).stream().map(r -> r.get("t").asString()).toList();
    }
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(args)).as(out.toString()).isZero();
    return out.toString();
  }

  @Test
  void everyRelationshipTypeIsInTheClosedVocabulary() {
    assertThat(types).isNotEmpty().allMatch(RelationTypes::isKnown);
    assertThat(types).doesNotContain("SINGLE", "S", "ADMIRED", "RELIES", "FULFILS", "BEATEN", "MANAGER_SIR_OF");
  }

  @Test
  void statsRelationsFindsNoTypeOutsideTheVocabulary() {
    String report = run("stats", "relations", "--data", data.toString(), "--bolt-port", "0");
    assertThat(report).containsPattern("(?m)^\\s+0  types outside the vocabulary")
        .containsPattern("(?m)^\\s+\\d+  between two entities \\(\\d+\\.\\d %\\)");
  }

  @Test
  void sampleRelationsIsTheSameForTheSameSeed() {
    String first = run("sample", "relations", "--data", data.toString(), "--bolt-port", "0", "--seed", "7", "--n", "5");
    String again = run("sample", "relations", "--data", data.toString(), "--bolt-port", "0", "--seed", "7", "--n", "5");
    assertThat(first).isEqualTo(again);
    String[] lines = first.split("\n");
    assertThat(lines[0]).isEqualTo(String.join("\t", SampleRelationsCommand.COLUMNS));
    assertThat(lines.length).isBetween(2, 6);
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split("\t", -1);
      assertThat(cells).hasSize(SampleRelationsCommand.COLUMNS.size());
      assertThat(cells[1]).isEmpty();
      assertThat(cells[6]).isNotBlank();
      assertThat(cells[9]).isNotBlank();
    }
  }
}
