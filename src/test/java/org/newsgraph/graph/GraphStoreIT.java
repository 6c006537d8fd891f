package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.graph.Draft.concept;
import static org.newsgraph.graph.Draft.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.summary.Plan;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Keys;
import org.newsgraph.graph.GraphStore.Outcome;
import org.newsgraph.identity.Identity;
import org.newsgraph.ingest.Article;

/**
 * The write path of {@link GraphStore} on hand-made articles: new articles are created whole,
 * relationships join the right ends, entities gain aliases and titles across batches, a changed
 * article in a batch replaces only its own facts, and no statement scans a label.
 */
class GraphStoreIT extends EmbeddedStoreTest {


  @Test
  void newArticlesAreWrittenWhole() {
    Entity costa = person("Elena Costa", List.of("Costa"), List.of("Mayor"));
    Entity reis = person("Paulo Reis", List.of(), List.of());
    Entity nordhaven = new Entity(Keys.entity(EntityType.ORGANIZATION, "Nordhaven Shipping"), "Nordhaven Shipping",
        EntityType.ORGANIZATION, List.of(), List.of(), 1);
    ExtractedArticle a = new Draft("a", "v1").says(costa, "praise", nordhaven).says(costa, "say", concept("new cranes")).build();
    ExtractedArticle b = new Draft("b", "v1").says(reis, "thank", costa).build();

    assertThat(store.writeBatch(List.of(a, b))).containsExactly(Outcome.CREATED, Outcome.CREATED);

    assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
    assertThat(count("MATCH (:Article)-[:HAS_SENTENCE]->(s:Sentence) RETURN count(s)")).isEqualTo(3);
    assertThat(count("MATCH (:Sentence)-[m:MENTIONS]->(:Entity) RETURN count(m)")).isEqualTo(5);
    Record e = query("MATCH (e:Entity {key: $key}) RETURN labels(e) AS labels, e.name AS name, e.type AS type, "
        + "e.aliases AS aliases, e.titles AS titles", Map.of("key", key(costa))).get(0);
    assertThat(e.get("labels").asList(v -> v.asString())).containsExactlyInAnyOrder("Entity", "Person");
    assertThat(e.get("name").asString()).isEqualTo("Elena Costa");
    assertThat(e.get("type").asString()).isEqualTo("Person");
    assertThat(e.get("aliases").asList(v -> v.asString())).as("no mention writes another name").isEmpty();
    assertThat(e.get("titles").asList(v -> v.asString())).containsExactly("Mayor");
    assertThat(count("MATCH (o:Organization:Entity {name: 'Nordhaven Shipping'}) RETURN count(o)")).isEqualTo(1);
    Record praise = query("MATCH (:Person {name: 'Elena Costa'})-[r:PRAISE]->(:Organization) RETURN r").get(0);
    assertThat(praise.get("r").asMap()).containsEntry("sentenceId", "a#0").containsEntry("articleId", "a")
        .containsEntry("text", "praised").containsEntry("lemma", "praise").containsEntry("verb", "praise")
        .containsEntry("negated", false).containsEntry("confidence", 0.75);
    assertThat(count("MATCH (:Person {name: 'Elena Costa'})-[r:SAY {sentenceId: 'a#1'}]->(:Concept {name: 'new cranes'}) "
        + "RETURN count(r)")).isEqualTo(1);
    assertThat(count("MATCH (:Person {name: 'Paulo Reis'})-[r:THANK]->(:Person {name: 'Elena Costa'}) RETURN count(r)"))
        .isEqualTo(1);
  }

  @Test
  void relationshipsJoinTheirOwnEnds() {
    List<Entity> people = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      people.add(person("Person " + (char) ('A' + i % 26) + (i / 26), List.of(), List.of()));
    }
    List<Argument> concepts = List.of(concept("tariffs"), concept("sanctions"), concept("new cranes"));
    Random random = new Random(7);
    Set<List<String>> expected = new HashSet<>();
    Set<List<String>> facts = new HashSet<>();
    List<ExtractedArticle> batch = new ArrayList<>();
    for (int n = 0; n < 12; n++) {
      Draft draft = new Draft("art" + n, "v1");
      for (int i = 0; i < 9; i++) {
        Entity from = people.get(random.nextInt(people.size()));
        String verb = random.nextBoolean() ? "meet" : "warn";
        String to;
        if (random.nextInt(4) == 0) {
          Argument concept = concepts.get(random.nextInt(concepts.size()));
          draft.says(from, verb, concept);
          to = concept.key();
        } else {
          Entity object = people.get(random.nextInt(people.size()));
          draft.says(from, verb, object);
          to = key(object);
        }
        expected.add(List.of(key(from), verb.toUpperCase(), to, "art" + n + "#" + i));
        facts.add(List.of(key(from), verb.toUpperCase(), to, "art" + n));
      }
      batch.add(draft.build());
    }

    store.writeBatch(batch);

    Set<List<String>> written = new HashSet<>();
    for (Record r : query("MATCH (a:Entity)-[r]->(b) WHERE r.sentenceId IS NOT NULL UNWIND r.sentenceIds AS sentence "
        + "RETURN a.key AS from, type(r) AS type, b.key AS to, sentence")) {
      written.add(List.of(r.get("from").asString(), r.get("type").asString(), r.get("to").asString(),
          r.get("sentence").asString()));
    }
    assertThat(written).isEqualTo(expected);
    assertThat(count("MATCH (:Entity)-[r]->() WHERE r.sentenceId IS NOT NULL RETURN count(r)"))
        .as("one relationship per fact and article").isEqualTo(facts.size());
  }

  @Test
  void entitiesGainAliasesFromTheirMentionsAndTitlesInOrder() {
    Entity first = person("Elena Costa", List.of("Costa"), List.of());
    Entity again = person("Elena Costa", List.of("E. Costa", "Costa"), List.of("Mayor"));
    Entity reis = person("Paulo Reis", List.of(), List.of());
    store.writeBatch(List.of(new Draft("a", "v1").says(first, "praise", reis).saysAs(first, "Costa", "thank", reis)
        .build()));

    store.writeBatch(List.of(new Draft("b", "v1").says(again, "meet", reis).saysAs(again, "E. Costa", "greet", reis)
        .saysAs(again, "Costa", "call", reis).build()));

    Record costa = query("MATCH (e:Entity {key: $key}) RETURN e.name AS name, e.aliases AS aliases, e.joins AS joins, "
        + "e.titles AS titles", Map.of("key", key(first))).get(0);
    assertThat(costa.get("aliases").asList(v -> v.asString())).as("most frequent first").containsExactly("Costa", "E. Costa");
    assertThat(costa.get("joins").asList(v -> v.asString())).containsOnly(Identity.IN_ARTICLE);
    assertThat(costa.get("titles").asList(v -> v.asString())).containsExactly("Mayor");
    assertThat(costa.get("name").asString()).isEqualTo("Elena Costa");
    assertThat(query("MATCH (e:Entity {key: $key}) RETURN e.aliases AS aliases", Map.of("key", key(reis))).get(0)
        .get("aliases").asList()).isEmpty();
    assertThat(count("MATCH (e:Entity) RETURN count(e)")).isEqualTo(2);

    store.remove("b");
    assertThat(query("MATCH (e:Entity {key: $key}) RETURN e.aliases AS aliases", Map.of("key", key(first))).get(0)
        .get("aliases").asList(v -> v.asString())).as("an alias only a removed article wrote goes with it")
        .containsExactly("Costa");
  }

  @Test
  void twoTransactionsAddingTitlesToOneEntityKeepBoth() throws Exception {
    Entity costa = person("Elena Costa", List.of("Costa"), List.of());
    store.writeBatch(List.of(new Draft("a", "v1").says(costa, "praise", person("Paulo Reis", List.of(), List.of()))
        .build()));
    Map<String, Object> first = Map.of("key", key(costa), "titles", List.of("Mayor"));
    Map<String, Object> second = Map.of("key", key(costa), "titles", List.of("Governor"));
    ExecutorService other = Executors.newSingleThreadExecutor();
    try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
      FactWrites.addTitles(tx, List.of(first));
      Future<?> meanwhile = other.submit(() -> {
        try (Session s = driver.session()) {
          s.executeWrite(tx2 -> {
            FactWrites.addTitles(tx2, List.of(second));
            return null;
          });
        }
      });
      Thread.sleep(500);
      assertThat(meanwhile.isDone()).as("the second transaction waits for the first one's lock").isFalse();
      tx.commit();
      meanwhile.get(30, TimeUnit.SECONDS);
    } finally {
      other.shutdownNow();
    }

    Record names = query("MATCH (e:Entity {key: $key}) RETURN e.titles AS titles", Map.of("key", key(costa))).get(0);
    assertThat(names.get("titles").asList(v -> v.asString())).containsExactly("Mayor", "Governor");
  }

  @Test
  void aChangedArticleInABatchReplacesOnlyItsOwnFacts() {
    Entity costa = person("Elena Costa", List.of(), List.of());
    Entity reis = person("Paulo Reis", List.of(), List.of());
    Entity novak = person("Amina Novak", List.of(), List.of());
    Entity brennan = person("Tomas Brennan", List.of(), List.of());
    store.writeBatch(List.of(
        new Draft("a", "v1").says(costa, "praise", novak).build(),
        new Draft("b", "v1").says(reis, "thank", costa).build()));

    List<Outcome> outcomes = store.writeBatch(List.of(
        new Draft("c", "v1").says(brennan, "warn", novak).build(),
        new Draft("a", "v2").says(costa, "criticize", reis).build(),
        new Draft("b", "v1").says(reis, "thank", costa).build()));

    assertThat(outcomes).containsExactly(Outcome.CREATED, Outcome.REPLACED, Outcome.UNCHANGED);
    assertThat(count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isZero();
    assertThat(count("MATCH (:Person {name: 'Elena Costa'})-[r:CRITICIZE {articleId: 'a'}]->(:Person {name: 'Paulo Reis'}) "
        + "RETURN count(r)")).isEqualTo(1);
    assertThat(count("MATCH (:Person {name: 'Paulo Reis'})-[r:THANK]->() RETURN count(r)")).isEqualTo(1);
    assertThat(count("MATCH (:Person {name: 'Tomas Brennan'})-[r:WARN]->(:Person {name: 'Amina Novak'}) RETURN count(r)"))
        .as("Novak lost article a's mention but article c, in the same batch, mentions her").isEqualTo(1);
    assertThat(count("MATCH (:Article {id: 'a'})-[:HAS_SENTENCE]->(s) RETURN count(s)")).isEqualTo(1);
    assertThat(count("MATCH (a:Article {id: 'a'}) RETURN count(a)")).isEqualTo(1);
  }

  @Test
  void aRelationToAnEntityTheArticleDoesNotNameIsRefusedBeforeWriting() {
    Entity costa = person("Elena Costa", List.of(), List.of());
    Entity stranger = person("Ingrid Moreau", List.of(), List.of());
    ExtractedArticle named = new Draft("a", "v1").says(costa, "praise", stranger).build();
    ExtractedArticle unnamed = new ExtractedArticle(named.article(), named.sentences(), List.of(costa),
        named.mentions().subList(0, 1), named.relations(), List.of());

    assertThatThrownBy(() -> store.writeBatch(List.of(unnamed))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(stranger.key());
    assertThat(count("MATCH (n) RETURN count(n)")).isZero();
  }

  @Test
  void theCandidateOriginalsOfWireCopiesAreFoundThroughTheLoadedAtIndex() {
    Plan plan = driver.executableQuery("EXPLAIN " + IngestLedger.RECENT_SIGNATURES)
        .withParameters(Map.of("within", java.time.Duration.ofDays(7))).execute().summary().plan();
    assertThat(operators(plan, new ArrayList<>()))
        .noneMatch(op -> op.startsWith("NodeByLabelScan") || op.startsWith("AllNodesScan"))
        .anyMatch(op -> op.startsWith("NodeIndexSeekByRange"));
  }

  @Test
  void everyStatementFindsItsNodesThroughAnIndex() {
    Map<String, Object> parameters = Map.of("id", "a", "ids", List.of(), "keys", List.of(), "rows", List.of(),
        "entities", List.of(), "concepts", List.of(), "quotes", List.of(), "relations", List.of());
    assertThat(GraphStore.statements()).hasSizeGreaterThanOrEqualTo(8);
    for (String statement : GraphStore.statements()) {
      Plan plan = driver.executableQuery("EXPLAIN " + statement).withParameters(parameters).execute().summary().plan();
      assertThat(operators(plan, new ArrayList<>())).as(statement)
          .noneMatch(op -> op.startsWith("NodeByLabelScan") || op.startsWith("AllNodesScan")
              || op.contains("AllRelationshipsScan") || op.contains("RelationshipTypeScan"))
          // A count of a label's nodes is read from the count store and touches no node at all.
          .anyMatch(op -> op.startsWith("NodeUniqueIndexSeek") || op.startsWith("NodeCountFromCountStore"));
    }
  }

  @Test
  void theSameGraphBaselineWritesTheLoadersEntitiesAndRelationships() {
    Entity costa = person("Elena Costa", List.of(), List.of());
    Entity reis = person("Paulo Reis", List.of(), List.of());
    Entity nordhaven = new Entity(Keys.entity(EntityType.ORGANIZATION, "Nordhaven Shipping"), "Nordhaven Shipping",
        EntityType.ORGANIZATION, List.of(), List.of(), 1);
    List<ExtractedArticle> articles = List.of(
        new Draft("a", "v1").says(costa, "praise", nordhaven).says(reis, "thank", costa).build(),
        new Draft("b", "v1").says(reis, "thank", costa).says(nordhaven, "hire", reis).build());
    store.writeBatch(articles);
    List<String> loaded = facts();
    emptyGraph();
    new NaiveLoader(driver).loadSameGraph(articles, 3);

    assertThat(loaded).hasSize(4).anyMatch(f -> f.contains(":Person Elena Costa Person -PRAISE ")
        && f.contains("sentenceId=a#0") && f.contains("confidence=0.75") && f.endsWith(key(nordhaven)));
    assertThat(facts()).isEqualTo(loaded);
    assertThat(query("MATCH (a:Article) RETURN a.id AS id ORDER BY id").stream().map(r -> r.get("id").asString()))
        .containsExactly("a", "b");
  }

  /** Every relationship between entities with its ends' labels, names and types and its properties, sorted. */
  private static List<String> facts() {
    return query("""
        MATCH (a:Entity)-[r]->(b:Entity)
        RETURN a.key AS from, labels(a) AS labels, a.name AS name, a.type AS type, type(r) AS rel,
            properties(r) AS props, b.key AS to""").stream()
        .map(r -> r.get("from").asString() + r.get("labels").asList(v -> ":" + v.asString()).stream().sorted()
            .reduce("", String::concat) + " " + r.get("name").asString() + " " + r.get("type").asString() + " -"
            + r.get("rel").asString() + " " + new java.util.TreeMap<>(r.get("props").asMap()) + "-> " + r.get("to").asString())
        .sorted().toList();
  }

  private static List<String> operators(Plan plan, List<String> out) {
    out.add(plan.operatorType());
    plan.children().forEach(child -> operators(child, out));
    return out;
  }

  private static String key(Entity e) {
    return Identity.of(e).key();
  }






}
