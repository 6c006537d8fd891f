package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.graph.Draft.concept;
import static org.newsgraph.graph.Draft.entity;
import static org.newsgraph.graph.Draft.quote;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Keys;
import org.newsgraph.identity.Identity;

/**
 * Facts and quotations in a real embedded store: a fact an article states in several sentences is
 * one relationship listing them, each article's facts stay its own, a denial is another fact, what
 * a speaker said is a quotation and not a concept, and a store written before either is brought to
 * this model when opened.
 */
class ArticleFactsIT extends EmbeddedStoreTest {

  private static final Entity LUND = entity(EntityType.PERSON, "Mira Lund");
  private static final Entity OKAFOR = entity(EntityType.PERSON, "Tobi Okafor");
  private static final Entity HARBOUR = entity(EntityType.ORGANIZATION, "Saltvik Harbour Trust");
  private static final String WORDS = "the harbour will stay open all winter";

  @Test
  void aFactStatedInTheHeadlineAndAgainInTheBodyIsOneRelationshipWithBothSentences() {
    store.writeBatch(List.of(new Draft("a", "v1").says(LUND, "praise", HARBOUR).says(OKAFOR, "thank", LUND)
        .says(LUND, "praise", HARBOUR).build()));

    Record praise = query("MATCH (:Person {name: 'Mira Lund'})-[r:PRAISE]->(:Organization) RETURN r").get(0);
    assertThat(count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isEqualTo(1);
    assertThat(praise.get("r").get("sentenceIds").asList(v -> v.asString())).containsExactly("a#0", "a#2");
    assertThat(praise.get("r").get("count").asLong()).isEqualTo(2);
    assertThat(praise.get("r").get("sentenceId").asString()).as("the first evidence, the headline").isEqualTo("a#0");
    assertThat(count("MATCH ()-[r:THANK]->() WHERE r.sentenceIds = ['a#1'] AND r.count = 1 RETURN count(r)"))
        .isEqualTo(1);
  }

  @Test
  void eachArticleKeepsItsOwnFactAndRemovingItRemovesExactlyThat() {
    store.writeBatch(List.of(
        new Draft("a", "v1").says(LUND, "praise", HARBOUR).says(LUND, "praise", HARBOUR).build(),
        new Draft("b", "v1").says(OKAFOR, "thank", LUND).says(LUND, "praise", HARBOUR).build()));
    assertThat(query("MATCH ()-[r:PRAISE]->() RETURN r.articleId AS a, r.count AS n ORDER BY a").stream()
        .map(r -> r.get("a").asString() + r.get("n").asLong())).containsExactly("a2", "b1");

    store.remove("a");

    assertThat(query("MATCH ()-[r:PRAISE]->() RETURN r.sentenceIds AS s").stream().map(r -> r.get("s").asList()))
        .containsExactly(List.of("b#1"));
    assertThat(count("MATCH ()-[r:THANK]->() RETURN count(r)")).isEqualTo(1);
    store.remove("b");
    assertThat(count("MATCH (n) RETURN count(n)")).isZero();
  }

  @Test
  void aReportedFactSaysWhoReportedIt() {
    store.writeBatch(List.of(new Draft("a", "v1").reports("Saltvik Harbour Trust", LUND, "meet", OKAFOR)
        .says(OKAFOR, "thank", LUND).build()));

    assertThat(query("MATCH ()-[r:MEET]->() RETURN r.modality AS m, r.reportedBy AS by").stream()
        .map(r -> r.get("m").asString() + " " + r.get("by").asString()))
        .containsExactly("reported Saltvik Harbour Trust");
    assertThat(count("MATCH ()-[r:THANK]->() WHERE r.reportedBy IS NULL RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void theFirstPicturesShowStatedAndReportedFactsButNoDenial() {
    store.writeBatch(List.of(new Draft("a", "v1").reports("Saltvik Harbour Trust", LUND, "meet", OKAFOR)
        .denies(OKAFOR, "thank", LUND).says(LUND, "praise", HARBOUR).build()));

    for (String name : List.of("entity-graph", "people-graph")) {
      assertThat(query(NamedQueries.loadDefault().get(name).cypher()).stream().map(r -> r.get("r").asRelationship().type()))
          .as(name).containsExactlyInAnyOrder("MEET", "PRAISE");
    }
  }

  @Test
  void aDeniedFactIsNotFoldedIntoTheStatedOne() {
    store.writeBatch(List.of(new Draft("a", "v1").says(LUND, "meet", OKAFOR).denies(LUND, "meet", OKAFOR)
        .says(LUND, "meet", OKAFOR).build()));

    assertThat(query("MATCH ()-[r:MEET]->() RETURN r.negated AS negated, r.sentenceIds AS s ORDER BY negated").stream()
        .map(r -> r.get("negated").asBoolean() + " " + r.get("s").asList()))
        .containsExactly("false [a#0, a#2]", "true [a#1]");
  }

  @Test
  void whatASpeakerSaidIsAQuoteNotAConceptSharedOnlyByTheSameWords() {
    store.writeBatch(List.of(
        new Draft("a", "v1").says(LUND, "say", quote(WORDS)).says(LUND, "want", concept("winter berths")).build(),
        new Draft("b", "v1").says(OKAFOR, "say", quote(WORDS)).says(OKAFOR, "say", quote(WORDS + " and spring"))
            .build()));

    assertThat(query("MATCH (q:Quote) RETURN q.text AS text ORDER BY text").stream().map(r -> r.get("text").asString()))
        .containsExactly(WORDS, WORDS + " and spring");
    assertThat(count("MATCH (q:Quote) WHERE q:Concept RETURN count(q)")).isZero();
    assertThat(query("MATCH (c:Concept) RETURN c.name AS name").stream().map(r -> r.get("name").asString()))
        .containsExactly("winter berths");
    assertThat(count("MATCH (:Person)-[r:SAY]->(:Quote {key: $key}) RETURN count(r)", Map.of("key", Keys.quote(WORDS))))
        .isEqualTo(2);

    store.remove("a");
    assertThat(count("MATCH (q:Quote) RETURN count(q)")).as("b still says them").isEqualTo(2);
    assertThat(count("MATCH (c:Concept) RETURN count(c)")).isZero();
    store.remove("b");
    assertThat(count("MATCH (q:Quote) RETURN count(q)")).isZero();
  }

  @Test
  void twoFactsOfAnArticleThatAMergeMakesOneStayTwoRelationships() {
    Entity lund = entity(EntityType.PERSON, "Lund");
    store.writeBatch(List.of(new Draft("a", "v1").says(LUND, "meet", OKAFOR).says(lund, "meet", OKAFOR).build()));
    assertThat(count("MATCH ()-[r:MEET]->() RETURN count(r)")).isEqualTo(2);

    driver.session().executeWrite(tx -> EntityMerge.merge(tx, Identity.key("Lund"), Identity.key("Mira Lund")));

    assertThat(query("MATCH (:Person {name: 'Mira Lund'})-[r:MEET]->(:Person {name: 'Tobi Okafor'}) "
        + "RETURN r.sentenceIds AS s ORDER BY r.sentenceId").stream().map(r -> r.get("s").asList()))
        .containsExactly(List.of("a#0"), List.of("a#1"));
    store.remove("a");
    assertThat(count("MATCH ()-[r:MEET]->() RETURN count(r)")).isZero();
  }

  @Test
  void theFactsAreTheSameWhateverTheOrderAndBatchesOfTheArticles() {
    List<ExtractedArticle> articles = List.of(
        new Draft("a", "v1").says(LUND, "praise", HARBOUR).says(LUND, "say", quote(WORDS)).says(LUND, "praise", HARBOUR)
            .build(),
        new Draft("b", "v1").says(OKAFOR, "say", quote(WORDS)).says(LUND, "praise", HARBOUR).build(),
        new Draft("c", "v1").says(OKAFOR, "thank", LUND).says(OKAFOR, "thank", LUND).denies(LUND, "praise", HARBOUR)
            .build());
    store.writeBatch(articles);
    List<String> together = facts();

    emptyGraph();
    store.writeBatch(List.of(articles.get(2)));
    store.writeBatch(List.of(articles.get(1), articles.get(0)));
    assertThat(facts()).isEqualTo(together).hasSize(6);
  }

  @Test
  void aStoreWrittenBeforeFactsAndQuotationsIsBroughtToThemWhenOpened() {
    query("""
        CREATE (a:Article {id: 'old'})
        CREATE (a)-[:HAS_SENTENCE]->(s0:Sentence {id: 'old#0', index: 0, articleId: 'old'})
        CREATE (a)-[:HAS_SENTENCE]->(s3:Sentence {id: 'old#3', index: 3, articleId: 'old'})
        CREATE (s0)-[:MENTIONS {start: 0, end: 9, text: 'Mira Lund'}]->(p:Entity:Person {key: $lund, name: 'Mira Lund',
            type: 'Person', aliases: [], titles: []})
        CREATE (s3)-[:MENTIONS {start: 0, end: 9, text: 'Mira Lund'}]->(p)
        CREATE (s0)-[:MENTIONS {start: 20, end: 41, text: 'Saltvik Harbour Trust'}]->(o:Entity:Organization {
            key: $trust, name: 'Saltvik Harbour Trust', type: 'Organization', aliases: [], titles: []})
        CREATE (p)-[:PRAISE {articleId: 'old', sentenceId: 'old#3', text: 'praises', lemma: 'praise', negated: false,
            modality: 'asserted', confidence: 0.8, place: 'Saltvik'}]->(o)
        CREATE (p)-[:PRAISE {articleId: 'old', sentenceId: 'old#0', text: 'praised', lemma: 'praise', negated: false,
            modality: 'asserted', confidence: 0.7}]->(o)
        CREATE (p)-[:SAY {articleId: 'old', sentenceId: 'old#3', text: 'said', lemma: 'say', negated: false,
            modality: 'asserted', confidence: 0.8}]->(:Concept {key: 'concept:harbour', name: $words})
        CREATE (o)-[:RAISE {articleId: 'old', sentenceId: 'old#3', text: 'raised', lemma: 'raise', negated: false,
            modality: 'asserted', confidence: 0.6}]->(:Concept {key: 'concept:fee', name: 'fees'})""",
        Map.of("lund", Identity.key("Mira Lund"), "trust", Identity.key("Saltvik Harbour Trust"), "words", WORDS));

    store.applySchema();

    assertThat(count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isEqualTo(1);
    Map<String, Object> folded = query("MATCH ()-[r:PRAISE]->() RETURN r").get(0).get("r").asMap();
    assertThat(folded).containsEntry("sentenceId", "old#0").containsEntry("text", "praised")
        .containsEntry("sentenceIds", List.of("old#0", "old#3")).containsEntry("count", 2L)
        .containsEntry("confidence", 0.8).containsEntry("place", "Saltvik");
    assertThat(count("MATCH (:Person)-[r:SAY {sentenceIds: ['old#3'], count: 1}]->(q:Quote {key: $key, text: $words}) "
        + "RETURN count(r)", Map.of("key", Keys.quote(WORDS), "words", WORDS))).isEqualTo(1);
    assertThat(query("MATCH (c:Concept) RETURN c.name AS name").stream().map(r -> r.get("name").asString()))
        .containsExactly("fees");

    List<String> migrated = facts();
    store.applySchema();
    assertThat(facts()).as("a second start changes nothing").isEqualTo(migrated);
  }

  static long count(String cypher, Map<String, Object> params) {
    return query(cypher, params).get(0).get(0).asLong();
  }

  /** Every fact with its ends and properties, sorted. */
  private static List<String> facts() {
    return query("""
        MATCH (a:Entity)-[r]->(b)
        WHERE r.sentenceId IS NOT NULL
        RETURN [a.key, type(r), b.key, coalesce(b.text, b.name)] AS ends, properties(r) AS props""").stream()
        .map(r -> r.get("ends").asList() + " " + new java.util.TreeMap<>(r.get("props").asMap())).sorted().toList();
  }
}
