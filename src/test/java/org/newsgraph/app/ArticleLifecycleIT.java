package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changed article replaces its own facts; a removed one takes away what only it supported. */
class ArticleLifecycleIT {

  @TempDir static Path dataDir;
  @TempDir Path inputs;
  static GraphTestSupport graph;

  @BeforeAll
  static void start() {
    graph = new GraphTestSupport(dataDir);
  }

  @BeforeEach
  void emptyGraph() {
    graph.query("MATCH (n) DETACH DELETE n", java.util.Map.of());
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  private Path write(String name, String body) throws Exception {
    return Files.writeString(inputs.resolve(name), body, StandardCharsets.UTF_8);
  }

  @Test
  void changedArticleReplacesItsFacts() throws Exception {
    Path a = write("a.txt", "Port News\n\nMayor Elena Costa praised Nordhaven Shipping.\n");
    graph.load(a);
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isEqualTo(1);

    write("a.txt", "Port News\n\nMayor Elena Costa criticized Nordhaven Shipping.\n");
    LoadJob.Summary second = graph.load(a);

    assertThat(second.replaced()).isEqualTo(1);
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isZero();
    assertThat(graph.count("MATCH ()-[r:CRITICIZE]->() RETURN count(r)")).isEqualTo(1);
    assertThat(graph.count("MATCH (s:Sentence) RETURN count(s)")).isEqualTo(2);
  }

  @Test
  void removingAnArticleKeepsEntitiesOthersMention() throws Exception {
    write("a.txt", "Port News\n\nMayor Elena Costa praised Nordhaven Shipping.\n");
    write("b.txt", "Council News\n\nMayor Elena Costa thanked Governor Paulo Reis.\n");
    graph.load(inputs);
    String idA = graph.query("MATCH (a:Article) WHERE a.id ENDS WITH 'a.txt' RETURN a.id AS id", java.util.Map.of())
        .get(0).get("id").asString();

    assertThat(graph.store.remove(idA).found()).isTrue();

    assertThat(graph.count("MATCH (a:Article) RETURN count(a)")).isEqualTo(1);
    assertThat(graph.count("MATCH (e:Entity {name: 'Elena Costa'}) RETURN count(e)")).isEqualTo(1);
    assertThat(graph.count("MATCH (e:Entity) WHERE e.name CONTAINS 'Nordhaven' RETURN count(e)")).isZero();
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isZero();
    assertThat(graph.count("MATCH ()-[r:THANK]->() RETURN count(r)")).isEqualTo(1);
    assertThat(graph.store.remove(idA).found()).isFalse();
  }

  @Test
  void editingOneArticleChangesOnlyItsFacts() throws Exception {
    write("a.txt", "Port News\n\nMayor Elena Costa praised Nordhaven Shipping.\n");
    write("b.txt", "Council News\n\nMayor Elena Costa thanked Governor Paulo Reis.\n");
    write("c.txt", "Rail News\n\nGovernor Paulo Reis criticized Atlas Rail.\n");
    graph.load(inputs);
    List<String> othersBefore = linesNotAbout("a.txt");

    write("a.txt", "Port News\n\nMayor Elena Costa warned Nordhaven Shipping.\n");
    LoadJob.Summary second = graph.load(inputs);

    assertThat(second.replaced()).isEqualTo(1);
    assertThat(second.unchanged()).isEqualTo(2);
    assertThat(linesNotAbout("a.txt")).isEqualTo(othersBefore);
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isZero();
    assertThat(graph.count("MATCH ()-[r:WARN]->() RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void removingTheOnlyArticleOfAnEntityDeletesIt() throws Exception {
    write("a.txt", "Port News\n\nMayor Elena Costa praised Nordhaven Shipping.\n");
    write("b.txt", "Council News\n\nMayor Elena Costa thanked Governor Paulo Reis.\n");
    graph.load(inputs);
    String idB = graph.query("MATCH (a:Article) WHERE a.id ENDS WITH 'b.txt' RETURN a.id AS id", java.util.Map.of())
        .get(0).get("id").asString();

    assertThat(graph.store.remove(idB).found()).isTrue();

    assertThat(graph.count("MATCH (e:Entity {name: 'Paulo Reis'}) RETURN count(e)")).isZero();
    assertThat(graph.count("MATCH (e:Entity {name: 'Elena Costa'}) RETURN count(e)")).isEqualTo(1);
    assertThat(graph.count("MATCH (s:Sentence) WHERE s.articleId = $id RETURN count(s)", java.util.Map.of("id", idB)))
        .isZero();
    assertThat(graph.count("MATCH ()-[r]->() WHERE r.articleId = $id RETURN count(r)", java.util.Map.of("id", idB)))
        .isZero();
  }

  @Test
  void aFactInTheHeadlineAndTheBodyIsOneRelationshipAndAQuotationIsAQuoteBothRemovedWithTheArticle()
      throws Exception {
    write("a.txt", "Mayor Elena Costa praised Nordhaven Shipping\n\nMayor Elena Costa praised Nordhaven"
        + " Shipping on Monday. \"The new cranes will bring jobs to the harbour,\" Costa said.\n");
    write("b.txt", "Council News\n\nMayor Elena Costa praised Nordhaven Shipping again.\n");
    graph.load(inputs);
    String idA = graph.query("MATCH (a:Article) WHERE a.id ENDS WITH 'a.txt' RETURN a.id AS id", java.util.Map.of())
        .get(0).get("id").asString();

    var praise = graph.query("MATCH (:Person {name: 'Elena Costa'})-[r:PRAISE]->() WHERE r.articleId = $id "
        + "RETURN r.sentenceIds AS s, r.count AS n, r.sentenceId AS first", java.util.Map.of("id", idA));
    assertThat(praise).hasSize(1);
    assertThat(praise.get(0).get("s").asList()).containsExactly(idA + "#0", idA + "#1");
    assertThat(praise.get(0).get("n").asLong()).isEqualTo(2);
    assertThat(praise.get(0).get("first").asString()).isEqualTo(idA + "#0");
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).as("article b's is its own").isEqualTo(2);
    assertThat(graph.count("""
        MATCH (:Person {name: 'Elena Costa'})-[:SAY]->(q:Quote)
        WHERE q.text = 'The new cranes will bring jobs to the harbour' RETURN count(q)""")).isEqualTo(1);
    assertThat(graph.count("MATCH (c:Concept) WHERE c.name CONTAINS 'cranes will' RETURN count(c)")).isZero();

    assertThat(graph.store.remove(idA).found()).isTrue();

    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isEqualTo(1);
    assertThat(graph.count("MATCH ()-[r]->() WHERE r.articleId = $id RETURN count(r)", java.util.Map.of("id", idA)))
        .isZero();
    assertThat(graph.count("MATCH (q:Quote) RETURN count(q)")).isZero();
  }

  /** The graph snapshot without the lines of one article's own nodes and relationships. */
  private static List<String> linesNotAbout(String articleFile) {
    return graph.snapshot().stream().filter(line -> !line.contains(articleFile)).toList();
  }
}
