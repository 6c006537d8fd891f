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
 * {@code stats entities} on three articles loaded with the shipped models. Today an entity's key is
 * its type and its name in the article, so the articles give: Sony a Person in one and an
 * Organization in another (a type split), "Mr Blair" a Person of his own beside Tony Blair (a
 * surname node with one candidate), and "Prof Reddy" a name with its honorific. When cross-article
 * identity joins them, these counts fall to 0 and this test changes with it.
 */
class StatsEntitiesIT {

  @TempDir static Path dir;
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

        Mr Blair told reporters in London on Tuesday that he had been right. Prof Reddy, who studies elections, said \
        voters were divided.
        """);
    Files.writeString(articles.resolve("3.txt"), """
        Electronics maker cuts jobs

        The electronics group Sony said on Thursday it would cut 10,000 jobs. Shares in Sony fell 3% in Tokyo. \
        Analysts at Nomura said the Sony plan was overdue.
        """);
    Path data = dir.resolve("data");
    try (GraphTestSupport graph = new GraphTestSupport(data)) {
      assertThat(graph.load(articles).problems()).isEmpty();
      entities = graph.count("MATCH (e:Entity) RETURN count(e)");
    }
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("stats", "entities", "--data", data.toString(), "--bolt-port", "0")).as(out.toString())
        .isZero();
    report = out.toString();
  }

  @Test
  void countsEveryEntity() {
    assertThat(report).containsPattern("(?m)^\\s+" + entities + "  entities$");
  }

  @Test
  void aNameUnderTwoTypesIsOneSplitThatDiffersOnlyByType() {
    assertThat(report).containsPattern("(?m)^\\s+1  names that stand as two or more entities \\(2 nodes; 1 under two or"
        + " more types, 1 differing only by type\\)$");
    assertThat(report).containsPattern("Sony \\((Organization|Person), \\d+\\) · Sony \\((Organization|Person), \\d+\\)");
  }

  @Test
  void theSurnameNodeHasTheFullNameAsItsOneCandidate() {
    assertThat(report).containsPattern("(?m)^\\s+1  single-word people who are the last word of a full-name person"
        + " \\(1 with exactly one candidate\\)$");
    assertThat(report).containsPattern("Blair \\(\\d+\\) → Tony Blair \\(\\d+\\)");
  }

  @Test
  void theHonorificIsFoundAndNoCandidateLinksExistYet() {
    assertThat(report).containsPattern("(?m)^\\s+1  names that keep an honorific$");
    assertThat(report).contains("Prof Reddy (Person, 1)");
    assertThat(report).containsPattern("(?m)^\\s+0  people whose name keeps a descriptor or title word$");
    assertThat(report).containsPattern("(?m)^\\s+0  candidate links \\(MAYBE_SAME_AS\\)$");
  }
}
