package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.NamedQueries;

/** The seed article end to end: seeds/ → extraction → embedded Neo4j, asserted on the graph. */
class SeedGraphIT {

  @TempDir static Path dataDir;
  static GraphTestSupport graph;
  static LoadJob.Summary first;

  @BeforeAll
  static void loadSeeds() {
    graph = new GraphTestSupport(dataDir);
    first = graph.load(Path.of("seeds"));
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  @Test
  void seedLoadsWithoutProblems() {
    assertThat(first.problems()).isEmpty();
    assertThat(first.created()).isEqualTo(1);
    assertThat(graph.count("MATCH (a:Article) RETURN count(a)")).isEqualTo(1);
    assertThat(graph.store.counts()).containsEntry("articles", 1L)
        .containsEntry("entities", graph.count("MATCH (e:Entity) RETURN count(e)"))
        .hasEntrySatisfying("relations", n -> assertThat(n).isGreaterThan(5));
  }

  @Test
  void putinPraisesTrump() {
    assertThat(graph.count("""
        MATCH (:Person {name: 'Vladimir Putin'})-[r:PRAISE]->(:Person {name: 'Donald Trump'})
        RETURN count(r)""")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void trumpMeetsKimWithPlaceAndDate() {
    var rows = graph.query("""
        MATCH (:Person {name: 'Donald Trump'})-[r:MEET]->(:Person {name: 'Kim Jong Un'})
        RETURN r.place AS place, r.date AS date""", Map.of());
    assertThat(rows).isNotEmpty();
    assertThat(rows.get(0).get("place").asString()).isEqualTo("Singapore");
    assertThat(rows.get(0).get("date").asString()).isEqualTo("June 12");
  }

  @Test
  void quotationsAndReportedSpeechAreAttributedToTheirSpeakers() {
    assertThat(graph.count("""
        MATCH (:Person {name: 'Vladimir Putin'})-[r:SAY]->(q:Quote) WHERE q.text CONTAINS 'Korean Peninsula'
        RETURN count(r)""")).isEqualTo(1);
    assertThat(graph.count("""
        MATCH (:Person {name: 'Donald Trump'})-[r:SAY]->(q:Quote) WHERE q.text STARTS WITH 'After today'
        RETURN count(r)""")).isEqualTo(1);
    assertThat(graph.count("""
        MATCH (:Person {name: 'Moon Jae-in'})-[r:SAY]->(q:Quote) WHERE q.text CONTAINS 'Nobel Peace Prize'
        RETURN count(r)""")).isEqualTo(1);
    assertThat(graph.count("MATCH (c:Concept) WHERE c.name CONTAINS 'Korean Peninsula' RETURN count(c)"))
        .as("a quotation is not a concept").isZero();
  }

  @Test
  void oneNodePerPersonHoweverNamed() {
    for (String name : List.of("Trump", "Putin", "Kim")) {
      assertThat(graph.count("""
          MATCH (e:Entity)
          WHERE any(n IN [e.name] + e.aliases WHERE n = $name OR n ENDS WITH ' ' + $name OR n STARTS WITH $name + ' ')
          RETURN count(e)""", Map.of("name", name)))
          .as("entities called %s", name).isEqualTo(1);
    }
  }

  @Test
  void everyPersonPlaceAndOrganisationHasItsType() {
    Map<String, List<String>> expected = Map.of(
        "Person", List.of("Donald Trump", "Vladimir Putin", "Kim Jong Un", "Moon Jae-in", "Mike Pompeo", "Annie Wu"),
        "Location", List.of("North Korea", "South Korea", "Russia", "China", "Beijing", "Singapore", "United States",
            "Pyongyang", "Washington", "Korean Peninsula"),
        "Organization", List.of("Yomiuri Shimbun", "Epoch Times"));
    expected.forEach((type, names) -> {
      for (String name : names) {
        assertThat(graph.query("MATCH (e:Entity {name: $name}) RETURN e.type AS type", Map.of("name", name)))
            .as(name).singleElement().satisfies(r -> assertThat(r.get("type").asString()).as(name).isEqualTo(type));
      }
    });
  }

  @Test
  void titlesGiveRelationsToThePlaces() {
    assertThat(graph.count("""
        MATCH (:Person {name: 'Vladimir Putin'})-[r:PRESIDENT_OF]->(:Location {name: 'Russia'}) RETURN count(r)"""))
        .isEqualTo(1);
    assertThat(graph.count("""
        MATCH (:Person {name: 'Kim Jong Un'})-[r:LEADER_OF]->(:Location {name: 'North Korea'}) RETURN count(r)"""))
        .isEqualTo(1);
  }

  @Test
  void titlesNameThePlaceTheyAreOf() {
    var titles = graph.query("MATCH (p:Person {name: 'Vladimir Putin'}) RETURN p.titles AS titles", Map.of())
        .get(0).get("titles").asList(v -> v.asString());
    assertThat(titles).contains("President of Russia");
    assertThat(graph.count("""
        MATCH (:Sentence)-[m:MENTIONS {text: 'Russian'}]->(:Location {name: 'Russia'}) RETURN count(m)""")).isEqualTo(1);
  }

  @Test
  void noPronounBecomesAnEntity() {
    assertThat(graph.count("""
        MATCH (e:Entity) WHERE toLower(e.name) IN ['he', 'she', 'him', 'her', 'they', 'it', 'we', 'i']
        RETURN count(e)""")).isZero();
  }

  @Test
  void everyRelationPointsAtItsEvidenceSentenceAndArticle() {
    assertThat(graph.count("MATCH (:Entity)-[r]->() WHERE r.sentenceId IS NOT NULL RETURN count(r)")).isGreaterThan(5);
    assertThat(graph.count("""
        MATCH (:Entity)-[r]->()
        WHERE r.sentenceId IS NOT NULL
          AND (r.sentenceIds[0] <> r.sentenceId OR r.count <> size(r.sentenceIds)
            OR any(id IN r.sentenceIds WHERE NOT EXISTS {
                MATCH (a:Article {id: r.articleId})-[:HAS_SENTENCE]->(:Sentence {id: id}) }))
        RETURN count(r)""")).isZero();
  }

  @Test
  void entitiesCarryTheirTypeAsALabel() {
    assertThat(graph.count("MATCH (e:Entity) WHERE NOT e.type IN labels(e) RETURN count(e)")).isZero();
    assertThat(graph.count("MATCH (e:Person {name: 'Donald Trump'}) RETURN count(e)")).isEqualTo(1);
  }

  @Test
  void loadingAgainChangesNothing() {
    List<String> before = graph.snapshot();
    LoadJob.Summary again = graph.load(Path.of("seeds"));
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.created() + again.replaced()).isZero();
    assertThat(graph.snapshot()).isEqualTo(before);
  }

  @Test
  void everyNamedQueryRuns() {
    Map<String, Object> params = Map.of("name", "Donald Trump", "from", "Donald Trump", "to", "Kim Jong Un");
    List<NamedQueries.Query> queries = NamedQueries.loadDefault().all();
    assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
    for (NamedQueries.Query q : queries) {
      assertThat(graph.query(q.cypher(), params)).as(q.name()).isNotNull();
    }
    assertThat(graph.query(NamedQueries.loadDefault().get("who-praised-whom").cypher(), params)).isNotEmpty();
  }
}
