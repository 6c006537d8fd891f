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
import picocli.CommandLine;

/**
 * {@code stats entities} on three articles loaded with the shipped models, which name Sony as a
 * person in one and a company in another, "Mr Blair" in one and Tony Blair in another, and "Prof
 * Reddy": cross-article identity leaves none of these problems for the report to count. Then the
 * same shapes are written into the store by hand (as a store loaded by other tools could hold
 * them) and the report finds each.
 */
class StatsEntitiesIT {

  @TempDir static Path dir;
  static String loaded;
  static String report;
  static long entities;

  @BeforeAll
  static void loadAndReport() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("1.txt"), """
        Tony Blair meets Chirac

        Tony Blair, the British prime minister, met Jacques Chirac in Paris on Monday. Blair said the talks had gone \
        well. Sony said it would open a factory in France.
        """);
    Files.writeString(articles.resolve("2.txt"), """
        Prime minister speaks

        Mr Blair told reporters in London on Tuesday that he had been right to meet Jacques Chirac. Prof Reddy, who \
        studies elections, said voters were divided.
        """);
    Files.writeString(articles.resolve("3.txt"), """
        Electronics maker cuts jobs

        The electronics group Sony said on Thursday it would cut 10,000 jobs. Shares in Sony fell 3% in Tokyo. \
        Analysts at Nomura said the Sony plan was overdue.
        """);
    Path data = dir.resolve("data");
    try (GraphTestSupport graph = new GraphTestSupport(data)) {
      assertThat(graph.load(articles).problems()).isEmpty();
    }
    loaded = report(data);
    try (GraphTestSupport graph = new GraphTestSupport(data)) {
      graph.query("""
          CREATE (:Entity:Person {key: 'x:nordwind-p', name: 'Nordwind', type: 'Person'})
          CREATE (:Entity:Organization {key: 'x:nordwind-o', name: 'Nordwind', type: 'Organization'})
          CREATE (l:Entity:Person {key: 'x:lomax', name: 'Lomax', type: 'Person'})
          CREATE (a:Entity:Person {key: 'x:adalomax', name: 'Ada Lomax', type: 'Person'})
          CREATE (:Entity:Person {key: 'x:profkern', name: 'Prof Ivo Kern', type: 'Person'})
          CREATE (l)-[:MAYBE_SAME_AS {score: 1.0, reason: 'test'}]->(a)""", java.util.Map.of());
      entities = graph.count("MATCH (e:Entity) RETURN count(e)");
    }
    report = report(data);
  }

  private static String report(Path data) {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("stats", "entities", "--data", data.toString(), "--bolt-port", "0")).as(out.toString())
        .isZero();
    return out.toString();
  }

  @Test
  void theLoadedArticlesLeaveNoIdentityProblem() {
    assertThat(loaded).containsPattern("(?m)^\\s+0  names that stand as two or more entities")
        .containsPattern("(?m)^\\s+0  single-word people who are the last word of a full-name person")
        .containsPattern("(?m)^\\s+0  names that keep an honorific$");
  }

  @Test
  void countsEveryEntity() {
    assertThat(report).containsPattern("(?m)^\\s+" + entities + "  entities$");
  }

  @Test
  void aNameUnderTwoTypesIsOneSplitThatDiffersOnlyByType() {
    assertThat(report).containsPattern("(?m)^\\s+1  names that stand as two or more entities \\(2 nodes; 1 under two or"
        + " more types, 1 differing only by type\\)$");
    assertThat(report).containsPattern("Nordwind \\((Organization|Person), \\d+\\) · Nordwind \\((Organization|Person), \\d+\\)");
  }

  @Test
  void theSurnameNodeHasTheFullNameAsItsOneCandidate() {
    assertThat(report).containsPattern("(?m)^\\s+1  single-word people who are the last word of a full-name person"
        + " \\(1 with exactly one candidate\\)$");
    assertThat(report).containsPattern("Lomax \\(\\d+\\) → Ada Lomax \\(\\d+\\)");
  }

  @Test
  void theHonorificAndTheCandidateLinkAreFound() {
    assertThat(report).containsPattern("(?m)^\\s+1  names that keep an honorific$");
    assertThat(report).contains("Prof Ivo Kern (Person, 0)");
    assertThat(report).containsPattern("(?m)^\\s+1  candidate links \\(MAYBE_SAME_AS\\)$");
  }
}
