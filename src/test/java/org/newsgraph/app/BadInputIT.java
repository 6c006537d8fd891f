package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files in a load are reported by name; the good files and lines of the same run still load. */
class BadInputIT {

  @TempDir static Path dataDir;
  @TempDir static Path inputs;
  static GraphTestSupport graph;
  static LoadJob.Summary summary;

  @BeforeAll
  static void loadMixedFolder() throws Exception {
    Files.writeString(inputs.resolve("good.txt"), """
        Harbour Deal Signed

        Mayor Elena Costa signed an agreement with Nordhaven Shipping on Monday.
        Costa praised the company for its investment in the port of Valdora.
        """, StandardCharsets.UTF_8);
    Files.writeString(inputs.resolve("empty.txt"), "   \n");
    Files.write(inputs.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, (byte) 0xff, 0x10});
    Files.writeString(inputs.resolve("records.jsonl"), """
        {"id": "r1", "title": "Rail Strike Ends", "text": "Union leader Marta Lindqvist thanked Premier Jonas Berg after the talks."}
        {"id": "r2", "title": "broken", "text": "no closing brace"
        """, StandardCharsets.UTF_8);
    graph = new GraphTestSupport(dataDir);
    summary = graph.load(inputs);
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  @Test
  void eachBadInputIsReportedWithItsFileName() {
    assertThat(summary.problems()).hasSize(3);
    assertThat(summary.problems()).anyMatch(p -> p.contains("empty.txt"));
    assertThat(summary.problems()).anyMatch(p -> p.contains("binary.txt"));
    assertThat(summary.problems()).anyMatch(p -> p.contains("records.jsonl:2"));
  }

  @Test
  void goodFilesAndLinesStillLoad() {
    assertThat(summary.created()).isEqualTo(2);
    assertThat(graph.count("MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
    assertThat(graph.count("MATCH (a:Article {title: 'Rail Strike Ends'})-[:HAS_SENTENCE]->(s) RETURN count(s)"))
        .isGreaterThan(0);
  }

  @Test
  void nothingOfTheBadFilesIsInTheGraph() {
    assertThat(graph.count("""
        MATCH (a:Article) WHERE a.id CONTAINS 'empty' OR a.id CONTAINS 'binary' OR a.id ENDS WITH '#r2'
        RETURN count(a)""")).isZero();
  }

  @Test
  void anArticleThatFailsIsNamedByTheFileItCameFromNotByItsSourceField(@TempDir Path other) throws Exception {
    String longText = "The council met again. ".repeat(50_000);
    Files.writeString(other.resolve("wire.jsonl"),
        "{\"url\": \"https://news.example/too-long\", \"source\": \"Example Wire\", \"title\": \"Long\", \"text\": \""
            + longText + "\"}\n", StandardCharsets.UTF_8);

    LoadJob.Summary result = graph.load(other);

    assertThat(result.problems()).singleElement().asString()
        .startsWith(new org.newsgraph.ingest.ArticleReader(Path.of("")).fileId(other.resolve("wire.jsonl"))
            + ": article https://news.example/too-long not loaded: too long for one article")
        .doesNotContain("Example Wire");
  }
}
