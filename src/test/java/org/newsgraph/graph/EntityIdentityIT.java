package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.graph.Draft.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.identity.Identity;

/**
 * Identity across articles in a real embedded store: one node per name whatever type each article
 * gave it, the type and name decided over all mentions in any load order, known aliases,
 * spellings and honorifics joining, removals taking back what only they supported, merges, and
 * stores written with the old type-qualified keys brought up to date.
 */
class EntityIdentityIT extends EmbeddedStoreTest {


  private static final Entity NORDWIND_AS_PERSON = entity(EntityType.PERSON, "Nordwind");
  private static final Entity NORDWIND = entity(EntityType.ORGANIZATION, "Nordwind");
  private static final Entity LARSEN = entity(EntityType.PERSON, "Ida Larsen");
  private static final Entity HALE = entity(EntityType.PERSON, "Omar Hale");

  private static List<ExtractedArticle> articles() {
    return List.of(
        new Draft("a", "v1").says(NORDWIND_AS_PERSON, "hire", LARSEN).build(),
        new Draft("b", "v1").says(NORDWIND, "sue", HALE).says(NORDWIND, "pay", LARSEN).build(),
        new Draft("c", "v1").says(HALE, "criticise", NORDWIND).build());
  }

  @Test
  void aNameTwoArticlesTypeDifferentlyIsOneNodeOfTheTypeMostMentionsGive() {
    store.writeBatch(articles());

    List<Record> nordwind = query("MATCH (e:Entity) WHERE e.name = 'Nordwind' RETURN labels(e) AS labels, e.type AS type");
    assertThat(nordwind).singleElement().satisfies(r -> {
      assertThat(r.get("type").asString()).isEqualTo("Organization");
      assertThat(r.get("labels").asList(v -> v.asString())).containsExactlyInAnyOrder("Entity", "Organization");
    });
    assertThat(count("MATCH (:Organization {name: 'Nordwind'})-[r]->(:Person) RETURN count(r)")).isEqualTo(3);

    store.remove("b");
    store.remove("c");
    assertThat(query("MATCH (e:Entity {name: 'Nordwind'}) RETURN labels(e) AS labels").get(0).get("labels")
        .asList(v -> v.asString())).as("only article a's mention is left").containsExactlyInAnyOrder("Entity", "Person");
  }

  @Test
  void theGraphIsTheSameWhateverTheOrderAndBatchesOfTheArticles() {
    List<ExtractedArticle> articles = articles();
    store.writeBatch(articles);
    List<String> together = dump();

    emptyGraph();
    for (int i = articles.size() - 1; i >= 0; i--) {
      store.writeBatch(List.of(articles.get(i)));
    }
    assertThat(dump()).isEqualTo(together);

    emptyGraph();
    store.writeBatch(List.of(articles.get(1)));
    store.writeBatch(List.of(articles.get(2), articles.get(0)));
    assertThat(dump()).isEqualTo(together);
  }

  @Test
  void aNameWhoseFormEndsAnotherNameIsDecidedWhicheverArticleComesFirst() {
    Entity longer = entity(EntityType.ORGANIZATION, "Harwick Nordkraft");
    Entity shorter = entity(EntityType.ORGANIZATION, "Nord Kraft");
    List<ExtractedArticle> articles = List.of(
        new Draft("a", "v1").says(longer, "hire", LARSEN).says(longer, "pay", HALE).build(),
        new Draft("b", "v1").says(shorter, "sue", HALE).build());
    store.writeBatch(articles);
    List<String> together = dump();
    assertThat(count("MATCH (e:Entity) WHERE e.name = 'Nord Kraft' RETURN count(e)"))
        .as("the short form joins the one name it ends").isZero();

    emptyGraph();
    store.writeBatch(List.of(articles.get(0)));
    store.writeBatch(List.of(articles.get(1)));
    assertThat(dump()).as("the longer name first").isEqualTo(together);

    emptyGraph();
    store.writeBatch(List.of(articles.get(1)));
    store.writeBatch(List.of(articles.get(0)));
    assertThat(dump()).as("the short form first").isEqualTo(together);
  }

  @Test
  void knownAliasesSpellingsAndHonorificsJoinOneEntityAndSayHow() {
    Entity us = entity(EntityType.LOCATION, "U.S.");
    Entity unitedStates = entity(EntityType.LOCATION, "United States");
    Entity hyphen = entity(EntityType.PERSON, "Ana Ruiz-Vidal");
    Entity spaced = entity(EntityType.PERSON, "Ana Ruiz Vidal");
    Entity prof = entity(EntityType.PERSON, "Prof Ana Ruiz-Vidal");
    store.writeBatch(List.of(
        new Draft("a", "v1").says(hyphen, "visit", us).says(hyphen, "leave", us).build(),
        new Draft("b", "v1").says(spaced, "praise", unitedStates).build(),
        new Draft("c", "v1").says(prof, "tour", us).build()));

    assertThat(count("MATCH (e:Entity) RETURN count(e)")).isEqualTo(2);
    Record place = query("MATCH (e:Location) RETURN e.key AS key, e.name AS name, e.aliases AS aliases, e.joins AS joins")
        .get(0);
    assertThat(place.get("key").asString()).isEqualTo(Identity.key("United States"));
    assertThat(place.get("name").asString()).isEqualTo("United States");
    assertThat(place.get("aliases").asList(v -> v.asString())).containsExactly("U.S.");
    assertThat(place.get("joins").asList(v -> v.asString())).containsExactly(Identity.KNOWN_ALIAS);
    Record person = query("MATCH (e:Person) RETURN e.name AS name, e.aliases AS aliases, e.joins AS joins").get(0);
    assertThat(person.get("name").asString()).as("the most written form").isEqualTo("Ana Ruiz-Vidal");
    assertThat(person.get("aliases").asList(v -> v.asString())).isEmpty();
    assertThat(count("MATCH (:Person {name: 'Ana Ruiz-Vidal'})-[r]->(:Location {name: 'United States'}) RETURN count(r)"))
        .isEqualTo(4);
    assertThat(query("MATCH (:Sentence {id: 'c#0'})-[m:MENTIONS]->(:Person) RETURN m.rule AS rule").get(0)
        .get("rule").asString()).isEqualTo(Identity.SAME_NAME);
  }

  @Test
  void aMergeMovesEveryRelationshipToTheEntityThatStays() {
    Entity ines = entity(EntityType.PERSON, "Ines Moura");
    Entity moura = entity(EntityType.PERSON, "Moura");
    store.writeBatch(List.of(
        new Draft("a", "v1").says(ines, "meet", HALE).build(),
        new Draft("b", "v1").says(moura, "thank", HALE).says(HALE, "praise", moura).build()));

    driver.session().executeWrite(tx -> EntityMerge.merge(tx, Identity.key("Moura"), Identity.key("Ines Moura")));

    assertThat(count("MATCH (e:Entity {name: 'Moura'}) RETURN count(e)")).isZero();
    assertThat(count("MATCH (:Person {name: 'Ines Moura'})-[r:THANK {articleId: 'b'}]->(:Person {name: 'Omar Hale'}) "
        + "RETURN count(r)")).isEqualTo(1);
    assertThat(count("MATCH (:Person {name: 'Omar Hale'})-[r:PRAISE]->(:Person {name: 'Ines Moura'}) RETURN count(r)"))
        .isEqualTo(1);
    assertThat(count("MATCH (:Sentence)-[m:MENTIONS]->(:Person {name: 'Ines Moura'}) RETURN count(m)")).isEqualTo(3);
    assertThat(query("MATCH (e:Person {name: 'Ines Moura'}) RETURN e.aliases AS aliases").get(0).get("aliases")
        .asList(v -> v.asString())).containsExactly("Moura");
  }

  @Test
  void aStoreWithTypeQualifiedKeysIsMigratedAtStart() {
    query("""
        CREATE (a:Article {id: 'old'})-[:HAS_SENTENCE]->(s:Sentence {id: 'old#0', index: 0, articleId: 'old'})
        CREATE (s)-[:MENTIONS {start: 0, end: 8, text: 'Nordwind'}]->(p:Entity:Person {key: 'person:nordwind',
            name: 'Nordwind', type: 'Person', aliases: [], titles: ['Owner']})
        CREATE (s)-[:MENTIONS {start: 20, end: 28, text: 'Nordwind'}]->(o:Entity:Organization {key: 'organization:nordwind',
            name: 'Nordwind', type: 'Organization', aliases: [], titles: []})
        CREATE (s)-[:MENTIONS {start: 30, end: 38, text: 'NORDWIND'}]->(o)
        CREATE (s)-[:MENTIONS {start: 50, end: 61, text: 'W. Ada Kern'}]->(:Entity:Person {key: 'person:w. ada kern',
            name: 'W. Ada Kern', type: 'Person', aliases: [], titles: []})
        CREATE (s)-[:MENTIONS {start: 40, end: 44, text: 'U.S.'}]->(u:Entity:Location {key: 'location:u.s.',
            name: 'U.S.', type: 'Location', aliases: [], titles: []})
        CREATE (p)-[:HIRE {articleId: 'old', sentenceId: 'old#0'}]->(u)
        CREATE (o)-[:SUE {articleId: 'old', sentenceId: 'old#0'}]->(u)""");

    store.applySchema();

    assertThat(query("MATCH (e:Entity) RETURN e.key AS key ORDER BY key").stream().map(r -> r.get("key").asString()))
        .containsExactly(Identity.key("Ada Kern"), Identity.key("Nordwind"), Identity.key("United States"));
    Record nordwind = query("MATCH (e:Entity {key: $key}) RETURN labels(e) AS labels, e.titles AS titles",
        Map.of("key", Identity.key("Nordwind"))).get(0);
    assertThat(nordwind.get("labels").asList(v -> v.asString())).containsExactlyInAnyOrder("Entity", "Organization");
    assertThat(nordwind.get("titles").asList(v -> v.asString())).containsExactly("Owner");
    assertThat(count("MATCH (:Organization {name: 'Nordwind'})-[r]->(:Location {name: 'United States'}) RETURN count(r)"))
        .isEqualTo(2);
    assertThat(count("MATCH ()-[m:MENTIONS]->() WHERE m.form IS NULL OR m.type IS NULL OR m.rule IS NULL RETURN count(m)"))
        .isZero();
    assertThat(query("MATCH (e:Entity {key: $key}) RETURN e.initials AS initials", Map.of("key", Identity.key("Ada Kern")))
        .get(0).get("initials").asString()).as("initials, under which an acronym would find it").isEqualTo("ak");

    store.applySchema();
    assertThat(count("MATCH (e:Entity) RETURN count(e)")).as("a second start changes nothing").isEqualTo(3);
  }

  private static final Entity ANN = entity(EntityType.PERSON, "Ann Reddy");
  private static final Entity RAJ = entity(EntityType.PERSON, "Raj Reddy");
  private static final Entity REDDY = entity(EntityType.PERSON, "Reddy");

  @Test
  void aSurnameAloneJoinsTheOneFullNameItCanMeanAndComesApartWhenASecondAppears() {
    store.writeBatch(List.of(new Draft("a", "v1").says(ANN, "praise", HALE).build()));
    store.writeBatch(List.of(new Draft("b", "v1").says(REDDY, "meet", LARSEN).says(HALE, "thank", REDDY).build()));

    assertThat(count("MATCH (e:Entity {name: 'Reddy'}) RETURN count(e)")).isZero();
    Record ann = query("MATCH (e:Person {name: 'Ann Reddy'}) RETURN e.aliases AS aliases, e.joins AS joins").get(0);
    assertThat(ann.get("aliases").asList(v -> v.asString())).containsExactly("Reddy");
    assertThat(ann.get("joins").asList(v -> v.asString()))
        .as("the one person it can mean, joined because the article names someone her article names (Omar Hale)")
        .containsExactly(Identity.SURNAME_IN_CONTEXT);
    assertThat(count("MATCH (:Person {name: 'Ann Reddy'})-[r:MEET {articleId: 'b'}]->(:Person {name: 'Ida Larsen'}) "
        + "RETURN count(r)")).isEqualTo(1);
    assertThat(count("MATCH (:Person {name: 'Omar Hale'})-[r:THANK]->(:Person {name: 'Ann Reddy'}) RETURN count(r)"))
        .isEqualTo(1);
    List<String> joined = dump();

    store.writeBatch(List.of(new Draft("c", "v1").says(RAJ, "visit", HALE).build()));

    assertThat(count("MATCH (:Person {name: 'Reddy'})-[r:MEET {articleId: 'b'}]->(:Person {name: 'Ida Larsen'}) "
        + "RETURN count(r)")).as("two people could be meant: the surname stands apart again").isEqualTo(1);
    assertThat(count("MATCH (:Person {name: 'Omar Hale'})-[r:THANK]->(:Person {name: 'Reddy'}) RETURN count(r)"))
        .isEqualTo(1);
    assertThat(query("MATCH (:Person {name: 'Reddy'})-[l:MAYBE_SAME_AS]->(c) RETURN c.name AS name, l.score AS score "
        + "ORDER BY name").stream().map(r -> r.get("name").asString() + " " + r.get("score").asDouble()))
        .containsExactly("Ann Reddy 0.5", "Raj Reddy 0.5");
    assertThat(query("MATCH (e:Person {name: 'Ann Reddy'}) RETURN e.aliases AS aliases").get(0).get("aliases").asList())
        .isEmpty();
    List<String> apart = dump();

    emptyGraph();
    store.writeBatch(List.of(new Draft("c", "v1").says(RAJ, "visit", HALE).build(),
        new Draft("b", "v1").says(REDDY, "meet", LARSEN).says(HALE, "thank", REDDY).build()));
    store.writeBatch(List.of(new Draft("a", "v1").says(ANN, "praise", HALE).build()));
    assertThat(dump()).as("the same articles in another order").isEqualTo(apart);

    store.remove("c");
    assertThat(dump()).as("Raj Reddy's article removed: the join is made again").isEqualTo(joined);
  }

  private static final Entity DEVICES = entity(EntityType.ORGANIZATION, "Vantor Micro Devices");
  private static final Entity DESIGNS = entity(EntityType.ORGANIZATION, "Vantor Media Designs");
  private static final Entity VMD = entity(EntityType.ORGANIZATION, "VMD");

  @Test
  void anAcronymAloneJoinsTheNameAnotherArticleAbbreviatesByItAndComesApartWithThatArticle() {
    store.writeBatch(List.of(new Draft("b", "v1").says(VMD, "hire", LARSEN).says(VMD, "fire", HALE).build()));
    List<String> alone = dump();
    store.writeBatch(List.of(new Draft("a", "v1").says(DEVICES, "sue", HALE).definesAs(DEVICES, "VMD", "pay", HALE).build()));

    assertThat(count("MATCH (e:Entity {name: 'VMD'}) RETURN count(e)")).as("joined the name article a spells out")
        .isZero();
    Record devices = query("MATCH (e:Organization {name: 'Vantor Micro Devices'}) "
        + "RETURN e.aliases AS aliases, e.joins AS joins, e.acronyms AS acronyms").get(0);
    assertThat(devices.get("aliases").asList(v -> v.asString())).containsExactly("VMD");
    assertThat(devices.get("joins").asList(v -> v.asString())).as("most VMD mentions joined from article b")
        .containsExactly(Identity.ACRONYM_ACROSS);
    assertThat(devices.get("acronyms").asList(v -> v.asString())).containsExactly("vmd");
    assertThat(count("MATCH (:Organization {name: 'Vantor Micro Devices'})-[r:HIRE {articleId: 'b'}]->"
        + "(:Person {name: 'Ida Larsen'}) RETURN count(r)")).isEqualTo(1);
    List<String> joined = dump();

    emptyGraph();
    store.writeBatch(List.of(new Draft("a", "v1").says(DEVICES, "sue", HALE).definesAs(DEVICES, "VMD", "pay", HALE).build(),
        new Draft("b", "v1").says(VMD, "hire", LARSEN).says(VMD, "fire", HALE).build()));
    assertThat(dump()).as("the same articles in one batch").isEqualTo(joined);

    store.writeBatch(List.of(new Draft("c", "v1").says(DESIGNS, "buy", HALE).saysAs(DESIGNS, "VMD", "sell", HALE)
        .build()));
    assertThat(dump()).as("a name with the same initials that its article joins to VMD but does not spell out: "
        + "nothing changes for article b")
        .containsAll(joined.stream().filter(line -> line.startsWith("b#") || line.contains("articleId=b,")).toList());
    assertThat(count("MATCH (e:Entity {name: 'VMD'}) RETURN count(e)")).isZero();

    store.writeBatch(List.of(new Draft("d", "v1").says(DESIGNS, "sell", LARSEN).definesAs(DESIGNS, "VMD", "buy", LARSEN)
        .build()));
    assertThat(query("MATCH (:Organization {name: 'VMD'})-[l:MAYBE_SAME_AS]->(c) RETURN c.name AS name, l.reason AS why "
        + "ORDER BY name").stream().map(r -> r.get("name").asString() + ": " + r.get("why").asString()))
        .as("two names are abbreviated VMD: the lone acronym stands apart, linked to both")
        .containsExactly("Vantor Media Designs: acronym of 2 names; score: share of their mentions",
            "Vantor Micro Devices: acronym of 2 names; score: share of their mentions");

    store.remove("d");
    store.remove("c");
    assertThat(dump()).as("the second name's articles removed").isEqualTo(joined);
    store.writeBatch(List.of(new Draft("e", "v1").says(DEVICES, "hire", HALE).build()));
    store.remove("a");
    assertThat(count("MATCH (e:Organization {name: 'VMD'})-[r:HIRE {articleId: 'b'}]->() RETURN count(r)"))
        .as("no article spells VMD out any more, though the name is still written elsewhere").isEqualTo(1);
    store.remove("e");
    assertThat(dump()).as("the article that spelled it out removed: VMD is itself again").isEqualTo(alone);
  }

  @Test
  void everyPropertyKeyAndTypeThatLoadingWritesIsCreatedWithTheSchema() {
    store.writeBatch(List.of(new Draft("a", "v1").says(ANN, "praise", HALE).says(DEVICES, "sue", HALE)
        .definesAs(DEVICES, "VMD", "pay", HALE).build()));
    store.writeBatch(List.of(new Draft("b", "v1").says(REDDY, "meet", LARSEN).says(VMD, "hire", LARSEN).build(),
        new Draft("c", "v1").says(RAJ, "visit", HALE).build()));
    assertThat(count("MATCH ()-[m:MENTIONS]->() WHERE m.joinedBy = 'acronym' RETURN count(m)")).isPositive();
    assertThat(count("MATCH ()-[l:MAYBE_SAME_AS]->() RETURN count(l)")).isPositive();

    List<String> written = query("""
        CALL () { MATCH (n) UNWIND keys(n) AS k RETURN k
                  UNION MATCH ()-[r]->() UNWIND keys(r) AS k RETURN k }
        RETURN collect(DISTINCT k) AS keys""").get(0).get("keys").asList(v -> v.asString());
    assertThat(GraphStore.PROPERTY_KEYS).containsAll(written);
    assertThat(GraphStore.RELATIONSHIP_TYPES).containsAll(query(
        "MATCH ()-[r:MENTIONS|MAYBE_SAME_AS|HAS_SENTENCE]->() RETURN collect(DISTINCT type(r)) AS t").get(0).get("t")
        .asList(v -> v.asString()));
  }

  @Test
  void theOnePersonASurnameCanMeanIsJoinedOnlyWhereTheArticleNamesSomeoneOfTheirs() {
    store.writeBatch(List.of(new Draft("a", "v1").says(ANN, "praise", HALE).build(),
        new Draft("b", "v1").says(REDDY, "meet", HALE).build(),
        new Draft("c", "v1").says(REDDY, "visit", LARSEN).says(KELL, "thank", PRYOR).build()));

    assertThat(count("MATCH (:Person {name: 'Ann Reddy'})-[r:MEET {articleId: 'b'}]->() RETURN count(r)"))
        .as("the article names Omar Hale, as hers does").isEqualTo(1);
    assertThat(count("MATCH (:Person {name: 'Reddy'})-[r:VISIT {articleId: 'c'}]->() RETURN count(r)"))
        .as("three people, none of whom her articles name: another Reddy, maybe").isEqualTo(1);
    assertThat(query("MATCH (:Person {name: 'Reddy'})-[l:MAYBE_SAME_AS]->(c) RETURN c.name AS name, l.reason AS reason")
        .stream().map(r -> r.get("name").asString() + ": " + r.get("reason").asString()))
        .containsExactly("Ann Reddy: surname of 1 person; score: share of their mentions");
    List<String> together = dump();

    emptyGraph();
    store.writeBatch(List.of(new Draft("c", "v1").says(REDDY, "visit", LARSEN).says(KELL, "thank", PRYOR).build()));
    store.writeBatch(List.of(new Draft("b", "v1").says(REDDY, "meet", HALE).build()));
    store.writeBatch(List.of(new Draft("a", "v1").says(ANN, "praise", HALE).build()));
    assertThat(dump()).as("one by one, in reverse").isEqualTo(together);
  }

  @Test
  void anHonorificOfTheOtherGenderKeepsASurnameFromTheFullName() {
    store.writeBatch(List.of(new Draft("a", "v1").says(ANN, "praise", HALE).build(),
        new Draft("b", "v1").saysTitled("Mr", REDDY, "meet", HALE).build(),
        new Draft("c", "v1").saysTitled("Mrs", REDDY, "thank", HALE).build()));

    assertThat(count("MATCH (:Person {name: 'Reddy'})-[r:MEET {articleId: 'b'}]->() RETURN count(r)"))
        .as("Mr Reddy is not Ann Reddy").isEqualTo(1);
    assertThat(count("MATCH (:Person {name: 'Ann Reddy'})-[r:THANK {articleId: 'c'}]->() RETURN count(r)"))
        .as("Mrs Reddy may be").isEqualTo(1);
    assertThat(count("MATCH ()-[m:MENTIONS {gender: 'male'}]->(:Person {name: 'Reddy'}) RETURN count(m)"))
        .isEqualTo(1);
  }

  @Test
  void aSurnameJoinsTheFullNameThatAnInitialAndSurnameAlsoStandsFor() {
    Entity aReddy = entity(EntityType.PERSON, "A Reddy");
    store.writeBatch(List.of(new Draft("a", "v1").says(ANN, "praise", LARSEN).build(),
        new Draft("c", "v1").says(aReddy, "visit", HALE).build(),
        new Draft("b", "v1").says(REDDY, "meet", LARSEN).build()));

    assertThat(count("MATCH (:Person {name: 'Ann Reddy'})-[r:MEET {articleId: 'b'}]->(:Person {name: 'Ida Larsen'}) "
        + "RETURN count(r)")).as("'A Reddy' is Ann Reddy written short, not a second Reddy").isEqualTo(1);
    assertThat(count("MATCH (e:Entity {name: 'Reddy'}) RETURN count(e)")).isZero();
  }

  @Test
  void aSurnameJoinsAFullNameThatOutnumbersTheOthersButNotAPlace() {
    store.writeBatch(List.of(
        new Draft("a", "v1").says(ANN, "praise", HALE).says(ANN, "call", LARSEN).says(ANN, "meet", HALE).build(),
        new Draft("c", "v1").says(RAJ, "visit", HALE).build(),
        new Draft("b", "v1").says(REDDY, "meet", LARSEN).build()));
    assertThat(count("MATCH (:Person {name: 'Ann Reddy'})-[r:MEET {articleId: 'b'}]->() RETURN count(r)")).isEqualTo(1);
    assertThat(count("MATCH ()-[l:MAYBE_SAME_AS]->() RETURN count(l)")).isZero();

    emptyGraph();
    Entity place = entity(EntityType.LOCATION, "Reddy");
    store.writeBatch(List.of(new Draft("a", "v1").says(ANN, "praise", HALE).build(),
        new Draft("b", "v1").says(HALE, "visit", place).build()));
    assertThat(count("MATCH (e:Location {name: 'Reddy'}) RETURN count(e)")).isEqualTo(1);

    emptyGraph();
    Entity team = entity(EntityType.ORGANIZATION, "Harbor City Gulls");
    Entity shortTeam = entity(EntityType.ORGANIZATION, "Gulls");
    Entity region = entity(EntityType.LOCATION, "North Tarvia");
    Entity shortRegion = entity(EntityType.LOCATION, "Tarvia");
    store.writeBatch(List.of(new Draft("a", "v1").says(team, "sign", HALE).says(HALE, "visit", region).build(),
        new Draft("b", "v1").says(shortTeam, "release", LARSEN).says(LARSEN, "leave", shortRegion).build()));
    assertThat(count("MATCH (:Organization {name: 'Harbor City Gulls'})-[r:RELEASE]->() RETURN count(r)"))
        .as("an organisation written by its last word joins the only one it can be").isEqualTo(1);
    assertThat(count("MATCH (e:Location {name: 'Tarvia'}) RETURN count(e)")).as("places do not").isEqualTo(1);
  }

  @Test
  void anOrganisationsLastWordWrittenFarMoreOftenThanTheNameIsANameOfItsOwn() {
    Entity station = entity(EntityType.ORGANIZATION, "Radio Harbor City");
    Entity city = entity(EntityType.ORGANIZATION, "City");
    List<ExtractedArticle> articles = new ArrayList<>();
    articles.add(new Draft("a", "v1").says(station, "hire", HALE).build());
    for (int i = 0; i <= SurnameJoins.MOST_TIMES_ALONE; i++) {
      articles.add(new Draft("b" + i, "v1").says(city, "sign", LARSEN).build());
    }
    store.writeBatch(articles);

    assertThat(count("MATCH (e:Organization {name: 'City'})-[:SIGN]->() RETURN count(e)"))
        .as("written alone six times against once, the word is a name of its own")
        .isEqualTo(SurnameJoins.MOST_TIMES_ALONE + 1);
    assertThat(count("MATCH (:Organization {name: 'City'})-[l:MAYBE_SAME_AS]->(:Organization {name: 'Radio Harbor City'}) "
        + "WHERE l.reason STARTS WITH 'last word of 1 organisation, written alone 6 times against 1' RETURN count(l)"))
        .isEqualTo(1);

    store.writeBatch(List.of(new Draft("c", "v1").says(station, "fire", LARSEN).says(station, "pay", HALE).build()));
    assertThat(count("MATCH (e:Organization {name: 'City'}) RETURN count(e)"))
        .as("with the name written three times, six times alone is a short form again").isZero();
  }

  @Test
  void aWordThatEndsTooManyNamesJoinsNoneAndLinksToNone() {
    Draft banks = new Draft("a", "v1");
    for (int i = 0; i <= SurnameJoins.MOST_CANDIDATES; i++) {
      banks.says(entity(EntityType.ORGANIZATION, "Harbor" + (char) ('A' + i) + " Bank"), "hire", HALE);
    }
    store.writeBatch(List.of(banks.build(),
        new Draft("b", "v1").says(entity(EntityType.ORGANIZATION, "Bank"), "warn", LARSEN).build()));
    assertThat(count("MATCH (e:Organization {name: 'Bank'}) RETURN count(e)")).isEqualTo(1);
    assertThat(count("MATCH ()-[l:MAYBE_SAME_AS]->() RETURN count(l)")).isZero();
  }

  @Test
  void aUsersMergeMovesWhatIsLoadedAndLaterArticlesFollowIt() {
    Entity initials = entity(EntityType.ORGANIZATION, "NWS");
    store.writeBatch(List.of(new Draft("a", "v1").says(NORDWIND, "sue", HALE).build(),
        new Draft("b", "v1").says(initials, "hire", LARSEN).build()));
    IdentityRules rules = new IdentityRules(driver, null);

    IdentityRules.Applied applied = rules.apply(IdentityRules.Kind.SAME, "NWS", "Nordwind");
    store.writeBatch(List.of(new Draft("c", "v1").says(HALE, "criticise", initials).build()));

    assertThat(applied.merged()).isTrue();
    assertThat(count("MATCH (e:Entity {name: 'NWS'}) RETURN count(e)")).isZero();
    assertThat(count("MATCH (:Organization {name: 'Nordwind'})-[r]-(:Person) RETURN count(r)")).isEqualTo(3);
    assertThat(query("MATCH (e:Entity {name: 'Nordwind'}) RETURN e.aliases AS a, e.joins AS j").get(0).get("j")
        .asList(v -> v.asString())).containsExactly(Identity.USER_RULE);
    assertThat(rules.all()).singleElement().satisfies(r -> assertThat(r.entityKey()).isEqualTo(Identity.key("Nordwind")));

    store.remove("c");
    store.writeBatch(List.of(new Draft("c", "v1").says(HALE, "criticise", initials).build()));
    assertThat(count("MATCH (e:Entity {name: 'NWS'}) RETURN count(e)")).as("a reload follows the rule").isZero();
  }

  @Test
  void aUsersSplitUndoesASurnameJoinForGood() {
    store.writeBatch(List.of(new Draft("a", "v1").says(ANN, "praise", HALE).build(),
        new Draft("b", "v1").says(REDDY, "meet", HALE).build()));
    assertThat(count("MATCH (e:Entity {name: 'Reddy'}) RETURN count(e)")).isZero();

    IdentityRules.Applied applied = new IdentityRules(driver, null).apply(IdentityRules.Kind.APART, "Reddy", "Ann Reddy");
    store.writeBatch(List.of(new Draft("d", "v1").says(REDDY, "thank", HALE).build()));

    assertThat(applied.separated()).isTrue();
    assertThat(count("MATCH (:Person {name: 'Reddy'})-[r]->(:Person) RETURN count(r)")).isEqualTo(2);
    assertThat(count("MATCH (:Person {name: 'Ann Reddy'})-[r]->(:Person) RETURN count(r)")).isEqualTo(1);
    assertThat(count("MATCH ()-[l:MAYBE_SAME_AS]->() RETURN count(l)")).isZero();
  }

  private static final Entity TOMAS = entity(EntityType.PERSON, "Tomas Vance");
  private static final Entity HELEN = entity(EntityType.PERSON, "Helen Vance");
  private static final Entity VANCE = entity(EntityType.PERSON, "Vance");
  private static final Entity PRYOR = entity(EntityType.PERSON, "Rhys Pryor");
  private static final Entity KELL = entity(EntityType.PERSON, "Idris Kell");
  private static final Entity MORVEN = entity(EntityType.PERSON, "Dai Morven");
  private static final Entity ROVERS = entity(EntityType.ORGANIZATION, "Cardew Rovers");
  private static final Entity FERRER = entity(EntityType.PERSON, "Maud Ferrer");
  private static final Entity BRANDT = entity(EntityType.PERSON, "Ivo Brandt");
  private static final Entity UNION = entity(EntityType.ORGANIZATION, "Civic Union");
  private static final Entity TARVIA = entity(EntityType.LOCATION, "Tarvia");

  /**
   * Two people called Vance, a player and a politician, each with an article of their own, and
   * articles that write "Vance" alone: one among the player's team-mates and club, two among the
   * politician's colleagues and party, one with nobody either names, and one that names the
   * politician in full and "Vance" apart.
   */
  private static List<ExtractedArticle> vances() {
    return List.of(
        new Draft("player", "v1").says(TOMAS, "pass", PRYOR).says(KELL, "thank", TOMAS).says(MORVEN, "join", ROVERS)
            .says(TOMAS, "visit", TARVIA).build(),
        new Draft("politician", "v1").says(HELEN, "lead", UNION).says(FERRER, "meet", HELEN)
            .says(BRANDT, "praise", HELEN).says(HELEN, "visit", TARVIA).build(),
        new Draft("match", "v1").says(VANCE, "score", ROVERS).says(PRYOR, "thank", VANCE).says(KELL, "tackle", MORVEN)
            .says(VANCE, "leave", TARVIA).build(),
        new Draft("vote", "v1").says(VANCE, "criticise", BRANDT).says(FERRER, "join", UNION).build(),
        new Draft("debate", "v1").says(FERRER, "answer", VANCE).says(BRANDT, "leave", UNION).build(),
        new Draft("stranger", "v1").says(VANCE, "meet", HALE).says(LARSEN, "visit", TARVIA).build(),
        new Draft("family", "v1").says(HELEN, "greet", HALE).says(VANCE, "thank", KELL).build());
  }

  /** Whom the mentions written "Vance" in {@code article} stand for, and by which join ("-": none). */
  private static List<String> vanceIn(String article) {
    return query("""
        MATCH (:Sentence {articleId: $article})-[m:MENTIONS {text: 'Vance'}]->(e)
        RETURN DISTINCT e.name + ' ' + CASE WHEN m.joinedFrom IS NULL THEN '-' ELSE coalesce(m.joinedBy, 'surname') END
            AS who ORDER BY who""", Map.of("article", article))
        .stream().map(r -> r.get("who").asString()).toList();
  }

  @Test
  void aSurnameAloneJoinsInEachArticleThePersonItsContextNames() {
    List<ExtractedArticle> all = vances();
    store.writeBatch(all);

    assertThat(vanceIn("match")).as("among the player's team-mates and club").containsExactly("Tomas Vance context");
    assertThat(vanceIn("vote")).as("among the politician's colleagues").containsExactly("Helen Vance context");
    assertThat(vanceIn("debate")).containsExactly("Helen Vance context");
    assertThat(vanceIn("stranger")).as("nobody the candidates' articles name").containsExactly("Vance -");
    assertThat(vanceIn("family")).as("the article names Helen Vance and keeps Vance apart").containsExactly("Vance -");
    assertThat(count("MATCH (:Person {name: 'Tomas Vance'})-[r {articleId: 'match'}]-() RETURN count(r)"))
        .as("the facts the surname carries in that article").isEqualTo(3);
    assertThat(count("MATCH (:Person {name: 'Helen Vance'})-[r:CRITICISE {articleId: 'vote'}]->(:Person {name: 'Ivo Brandt'}) "
        + "RETURN count(r)")).isEqualTo(1);
    assertThat(count("MATCH (:Person {name: 'Vance'})-[r:MEET {articleId: 'stranger'}]->() RETURN count(r)")).isEqualTo(1);
    assertThat(query("MATCH (:Person {name: 'Vance'})-[:MAYBE_SAME_AS]->(c) RETURN c.name AS name ORDER BY name").stream()
        .map(r -> r.get("name").asString())).containsExactly("Helen Vance", "Tomas Vance");
    Record helen = query("MATCH (e:Person {name: 'Helen Vance'}) RETURN e.aliases AS aliases, e.joins AS joins").get(0);
    assertThat(helen.get("aliases").asList(v -> v.asString())).containsExactly("Vance");
    assertThat(helen.get("joins").asList(v -> v.asString())).containsExactly(Identity.SURNAME_IN_CONTEXT);
    List<String> together = dump();

    emptyGraph();
    for (int i = all.size() - 1; i >= 0; i--) {
      store.writeBatch(List.of(all.get(i)));
    }
    assertThat(dump()).as("one by one, in reverse").isEqualTo(together);

    emptyGraph();
    store.writeBatch(List.of(all.get(2), all.get(5), all.get(3)));
    store.writeBatch(List.of(all.get(6), all.get(0)));
    store.writeBatch(List.of(all.get(4), all.get(1)));
    assertThat(dump()).as("in other batches").isEqualTo(together);

    store.remove("player");
    assertThat(vanceIn("vote")).as("one Vance left: her").containsExactly("Helen Vance context");
    List<String> withoutPlayer = dump();
    emptyGraph();
    store.writeBatch(all.subList(1, all.size()));
    assertThat(dump()).as("as if the player's article had never been loaded").isEqualTo(withoutPlayer);
    store.writeBatch(List.of(all.get(0)));
    assertThat(dump()).as("his article back: each article decided again").isEqualTo(together);

    ExtractedArticle rewritten = new Draft("match", "v2").says(VANCE, "criticise", UNION).says(FERRER, "thank", VANCE)
        .says(BRANDT, "meet", VANCE).build();
    store.writeBatch(List.of(rewritten));
    assertThat(vanceIn("match")).as("the new version is about politics").containsExactly("Helen Vance context");
    List<String> replaced = dump();
    emptyGraph();
    List<ExtractedArticle> finalSet = new ArrayList<>(all);
    finalSet.set(2, rewritten);
    store.writeBatch(finalSet);
    assertThat(dump()).as("the same as loading the final set at once").isEqualTo(replaced);
  }

  @Test
  void aSurnameOfMorePeopleThanAreLinkedIsStillDecidedByContextWhateverTheOrder() {
    Draft roster = new Draft("roster", "v1");
    for (int i = 0; i < SurnameJoins.MOST_CANDIDATES - 1; i++) { // with Tomas and Helen, one Vance too many
      roster.says(entity(EntityType.PERSON, "Ora" + (char) ('a' + i) + " Vance"), "meet", HALE);
    }
    List<ExtractedArticle> all = new ArrayList<>(vances());
    all.add(roster.build());
    store.writeBatch(all);

    assertThat(vanceIn("match")).containsExactly("Tomas Vance context");
    assertThat(count("MATCH ()-[l:MAYBE_SAME_AS]->() RETURN count(l)")).as("too many people to link").isZero();
    List<String> together = dump();
    emptyGraph();
    for (int i = all.size() - 1; i >= 0; i--) {
      store.writeBatch(List.of(all.get(i)));
    }
    assertThat(dump()).as("the people who hold joined mentions count as any other").isEqualTo(together);
  }

  @Test
  void aUsersRuleOverrulesAContextJoin() {
    store.writeBatch(vances());
    new IdentityRules(driver, null).apply(IdentityRules.Kind.APART, "Vance", "Helen Vance");

    assertThat(vanceIn("match")).as("Tomas Vance is the only candidate left").containsExactly("Tomas Vance context");
    assertThat(vanceIn("vote")).as("not in an article that names none of his people").containsExactly("Vance -");
    assertThat(count("MATCH (:Person {name: 'Helen Vance'})<-[m:MENTIONS]-() WHERE m.joinedFrom IS NOT NULL "
        + "RETURN count(m)")).isZero();
  }

  /** Every entity with its labels, name, aliases, joins and titles, and every relationship, sorted. */
  /**
   * What the graph holds, a line per entity, relationship and mention, sorted; first checked: each
   * entity's tally (kept up by adding a write's mentions) is what counting all its mentions gives.
   */
  private static List<String> dump() {
    String tallies = "MATCH (e:Entity) RETURN e.key + ' ' + coalesce(e.tally, '-') AS t ORDER BY t";
    List<String> kept = query(tallies).stream().map(r -> r.get("t").asString()).toList();
    try (var session = driver.session()) {
      session.executeWrite(tx -> {
        EntityRefresh.refresh(tx, tx.run("MATCH (e:Entity) RETURN e.key AS key").list(r -> r.get("key").asString()));
        return null;
      });
    }
    assertThat(query(tallies).stream().map(r -> r.get("t").asString()).toList())
        .as("tallies counted again from all mentions").isEqualTo(kept);
    List<String> out = new ArrayList<>();
    query("MATCH (e:Entity) RETURN e.key AS key, labels(e) AS labels, e.name AS name, e.type AS type, "
        + "e.aliases AS aliases, e.joins AS joins, e.titles AS titles, e.tally AS tally").forEach(r -> out.add(
            r.get("key").asString() + " " + r.get("labels").asList(v -> v.asString()).stream().sorted().toList() + " "
            + r.get("name").asString() + " " + r.get("type").asString() + " " + r.get("aliases").asList() + " "
            + r.get("joins").asList() + " " + r.get("titles").asList() + " " + r.get("tally").asString(null)));
    query("MATCH (a:Entity)-[r]->(b) RETURN a.key AS a, type(r) AS t, properties(r) AS p, coalesce(b.key, b.id) AS b")
        .forEach(r -> out.add(r.get("a").asString() + " " + r.get("t").asString() + " "
            + new java.util.TreeMap<>(r.get("p").asMap()) + " " + r.get("b").asString()));
    query("MATCH (s:Sentence)-[m:MENTIONS]->(e) RETURN s.id AS s, properties(m) AS p, e.key AS e")
        .forEach(r -> out.add(r.get("s").asString() + " " + new java.util.TreeMap<>(r.get("p").asMap()) + " "
            + r.get("e").asString()));
    return out.stream().sorted().toList();
  }



}
