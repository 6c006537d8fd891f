package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.extract.EntityType;
import org.newsgraph.identity.Identity;

/**
 * Joins a person written by surname alone ("Reddy", in articles that never give the full name) to
 * the one full-name person of the graph it can mean ("Ann Reddy"), and an organisation written by
 * its last word alone ("Chargers") to the one organisation whose name ends with it ("San Diego
 * Chargers"); and takes the join back when that stops being true.
 *
 * <p>For a surname, the candidates are the entities of its type (by its mentions' votes) of two
 * or more words that end with it and have mentions of their own. A person joins the only
 * candidate, or the candidate with at least {@link #DOMINANCE} times the mentions of any other;
 * an organisation joins only an only candidate; with two or more candidates and none chosen it
 * stays apart and gets a {@code MAYBE_SAME_AS {score, reason}} link to each. Places and other
 * names never join this way ("Wales" is not "New South Wales"). What a join moved carries
 * {@code joinedFrom} (the surname entity's key; on a fact also {@code joinedEnd}, which end it
 * was), so that the join can be undone exactly: the decision is taken again, from the whole graph,
 * whenever an article that names the surname or one of its candidates is written or removed, and
 * the graph is then the same whatever order the articles came in. A user's rule
 * ({@link IdentityRules}) overrules the decision: a SAME rule names the entity to join, an APART
 * rule takes a candidate out.
 */
final class SurnameJoins {

  /** How many times the mentions of the next candidate the chosen one must have. */
  static final int DOMINANCE = 3;

  /** The surnames that the entities with these keys can take part in, as keys of single-word entities. */
  private static final String SURNAMES_OF = """
      UNWIND $keys AS key
      MATCH (e:Entity {key: key})
      RETURN DISTINCT CASE WHEN e.lastWord IS NULL THEN e.key ELSE 'entity:' + e.lastWord END AS short""";

  private static final String STATE = """
      OPTIONAL MATCH (s:Entity {key: $short})
      CALL (s) {
        OPTIONAL MATCH (s)<-[m:MENTIONS]-()
        RETURN collect(m.type) AS shortTypes
      }
      CALL () {
        MATCH (c:Entity) WHERE c.lastWord = $form AND c.key <> $short
        RETURN collect({key: c.key, type: c.type,
            own: COUNT { (c)<-[m:MENTIONS]-() WHERE m.joinedFrom IS NULL },
            joinedTypes: COLLECT { MATCH (c)<-[m:MENTIONS]-() WHERE m.joinedFrom = $short RETURN m.type }}) AS candidates
      }
      RETURN s IS NOT NULL AS exists, shortTypes, candidates""";

  private static final String UNJOIN = """
      MATCH (h:Entity {key: $holder})
      MERGE (s:Entity {key: $short})
      ON CREATE SET s:$($type), s.name = $name, s.type = $type, s.aliases = [], s.joins = [], s.titles = []
      WITH h, s
      CALL (h, s) {
        MATCH (h)-[r]-() WHERE r.joinedFrom = $short
        WITH DISTINCT r, h, s
        WITH r, CASE WHEN startNode(r) = h AND (type(r) = 'MENTIONS' OR r.joinedEnd IN ['start', 'both']) THEN s
                     ELSE startNode(r) END AS from,
                CASE WHEN endNode(r) = h AND (type(r) = 'MENTIONS' OR r.joinedEnd IN ['end', 'both']) THEN s
                     ELSE endNode(r) END AS to
        CREATE (from)-[c:$(type(r))]->(to)
        SET c = properties(r)
        REMOVE c.joinedFrom, c.joinedEnd
        DELETE r
      }
      WITH h WHERE NOT EXISTS { (h)<-[:MENTIONS]-() }
      DETACH DELETE h""";

  private static final String JOIN = """
      MATCH (s:Entity {key: $short}), (f:Entity {key: $full})
      CALL (s, f) {
        MATCH (s)-[r]-()
        WITH DISTINCT r, s, f
        WITH r, startNode(r) = s AS fromShort, endNode(r) = s AS toShort
        WITH r, fromShort, toShort, CASE WHEN fromShort THEN f ELSE startNode(r) END AS from,
            CASE WHEN toShort THEN f ELSE endNode(r) END AS to
        WHERE type(r) <> 'MAYBE_SAME_AS'
        CREATE (from)-[c:$(type(r))]->(to)
        SET c = properties(r), c.joinedFrom = $short,
            c.joinedEnd = CASE WHEN type(r) = 'MENTIONS' THEN null WHEN fromShort AND toShort THEN 'both'
                               WHEN fromShort THEN 'start' ELSE 'end' END
        DELETE r
      }
      SET f.titles = coalesce(f.titles, []) + [t IN coalesce(s.titles, []) WHERE NOT t IN coalesce(f.titles, [])]
      DETACH DELETE s""";

  private static final String LINK = """
      MATCH (s:Entity {key: $short})
      OPTIONAL MATCH (s)-[old:MAYBE_SAME_AS]->()
      DELETE old
      WITH DISTINCT s
      UNWIND $links AS link
      MATCH (c:Entity {key: link.key})
      CREATE (s)-[:MAYBE_SAME_AS {score: link.score, reason: link.reason}]->(c)""";

  private SurnameJoins() {}

  static List<String> statements() {
    return List.of(SURNAMES_OF, STATE, UNJOIN, JOIN, LINK);
  }

  private record Candidate(String key, String type, long own, List<String> joinedTypes) {}

  /** Decides again the surnames that the entities with these keys take part in. */
  static void reconcile(TransactionContext tx, Collection<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    reconcileSurnames(tx, tx.run(SURNAMES_OF, Map.of("keys", List.copyOf(new TreeSet<>(keys))))
        .list(r -> r.get("short").asString()));
  }

  /** Decides again these surnames, given as the keys of their single-word entities. */
  static void reconcileSurnames(TransactionContext tx, Collection<String> surnameKeys) {
    TreeSet<String> touched = new TreeSet<>();
    for (String shortKey : new TreeSet<>(surnameKeys)) {
      reconcileOne(tx, shortKey, touched);
    }
    EntityRefresh.refresh(tx, touched);
  }

  private static void reconcileOne(TransactionContext tx, String shortKey, Collection<String> touched) {
    String form = Identity.formOfKey(shortKey);
    Record state = tx.run(STATE, Map.of("short", shortKey, "form", form)).single();
    List<Candidate> all = state.get("candidates").asList(v -> new Candidate(v.get("key").asString(),
        v.get("type").asString(null), v.get("own").asLong(), v.get("joinedTypes").asList(t -> t.asString(null))));
    List<String> poolTypes = new ArrayList<>(state.get("shortTypes").asList(t -> t.asString(null)));
    all.forEach(c -> poolTypes.addAll(c.joinedTypes()));
    boolean exists = state.get("exists").asBoolean();
    if (!exists && all.stream().allMatch(c -> c.joinedTypes().isEmpty())) {
      return; // nobody is written by this surname alone
    }
    List<String> apart = IdentityRules.apartFrom(tx, shortKey);
    IdentityRules.Rule same = IdentityRules.sameFor(tx, List.of(shortKey)).get(shortKey);
    String kind = majority(poolTypes);
    boolean person = EntityType.PERSON.label().equals(kind);
    boolean joinable = person || EntityType.ORGANIZATION.label().equals(kind);
    List<Candidate> candidates = all.stream()
        .filter(c -> joinable && kind.equals(c.type()) && c.own() > 0 && !apart.contains(c.key()))
        .sorted(Comparator.comparingLong(Candidate::own).reversed().thenComparing(Candidate::key))
        .toList();
    Candidate target = null;
    if (candidates.size() == 1) {
      target = candidates.get(0);
    } else if (person && candidates.size() > 1 && candidates.get(0).own() >= DOMINANCE * candidates.get(1).own()) {
      target = candidates.get(0);
    }
    if (same != null) {
      target = new Candidate(same.entityKey(), EntityType.PERSON.label(), 1, List.of());
    }
    String name = surnameName(tx, shortKey, all);
    for (Candidate c : all) {
      if (!c.joinedTypes().isEmpty() && (target == null || !c.key().equals(target.key()))) {
        tx.run(UNJOIN, Map.of("holder", c.key(), "short", shortKey, "name", name,
            "type", kind == null ? EntityType.PERSON.label() : kind)).consume();
        touched.add(c.key());
        exists = true;
      }
    }
    if (target != null) {
      if (exists) {
        tx.run(JOIN, Map.of("short", shortKey, "full", target.key())).consume();
      }
      touched.add(target.key());
      return;
    }
    touched.add(shortKey);
    List<Map<String, Object>> links = new ArrayList<>();
    if (candidates.size() > 1) {
      long total = candidates.stream().mapToLong(Candidate::own).sum();
      for (Candidate c : candidates) {
        links.add(Map.of("key", c.key(), "score", Math.round(1000.0 * c.own() / total) / 1000.0,
            "reason", (person ? "surname of " + candidates.size() + " people" : "last word of " + candidates.size()
                + " organisations") + "; score: share of their mentions"));
      }
    }
    tx.run(LINK, Map.of("short", shortKey, "links", links)).consume();
  }

  /** The name a surname entity is re-created with: as a full name writes it ("Reddy" in "Ann Reddy"). */
  private static String surnameName(TransactionContext tx, String shortKey, List<Candidate> all) {
    for (Candidate c : all) {
      var r = tx.run("MATCH (e:Entity {key: $key}) RETURN e.name AS name", Map.of("key", c.key())).list();
      if (!r.isEmpty()) {
        String full = r.get(0).get("name").asString();
        return full.substring(full.lastIndexOf(' ') + 1);
      }
    }
    return Identity.formOfKey(shortKey);
  }

  private static String majority(List<String> types) {
    Map<String, Integer> counts = new HashMap<>();
    types.stream().filter(t -> t != null).forEach(t -> counts.merge(t, 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
            .thenComparing(e -> -EntityType.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT)).ordinal()))
        .map(Map.Entry::getKey).orElse(null);
  }
}
