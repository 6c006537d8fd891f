package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.GivenNames;
import org.newsgraph.identity.Identity;

/**
 * Joins a person written by surname alone ("Reddy", in articles that never give the full name) to
 * the one full-name person of the graph it can mean ("Ann Reddy"), an organisation written by
 * its last word alone ("Chargers") to the one organisation whose name ends with it ("San Diego
 * Chargers"), and an acronym written alone ("AMD") to the one name whose initials it is and that
 * some article of its own abbreviates so ("Advanced Micro Devices … AMD", see
 * {@link EntityRefresh}'s acronyms); and takes the join back when that stops being true.
 *
 * <p>An acronym's candidates come first, whatever their type: with two or more it stays apart,
 * linked to each.
 *
 * <p>For a surname, the candidates are the entities of its type (by its mentions' votes) of two
 * or more words that end with it and have mentions of their own. A person joins the only
 * candidate, or the candidate with at least {@link #DOMINANCE} times the mentions of any other;
 * an organisation joins only an only candidate; with two or more candidates and none chosen it
 * stays apart and gets a {@code MAYBE_SAME_AS {score, reason}} link to each; a word that ends more
 * than {@link #MOST_CANDIDATES} names ("Bank") joins none and is linked to none. A person with two
 * or more candidates (up to {@link SurnameContext#MOST_PEOPLE}) and none chosen is then decided
 * article by article, by whom and what each article names ({@link SurnameContext}): the surname
 * entity keeps the articles that could not be decided, and goes when none is left. Places and other
 * names never join this way ("Wales" is not "New South Wales"). Only surnames that need a decision
 * are read: one joined somewhere, or one written alone as a person or organisation that some name
 * ends with, or an acronym some name is abbreviated by; their state is read in one statement for
 * the whole write, and the joins and links it decides are made by one statement each. What a join
 * moved carries {@code joinedFrom} (the surname entity's key; on a fact also {@code joinedEnd},
 * which end it was; {@code joinedBy} "acronym" for an acronym), so that the join can be undone
 * exactly: the decision is taken again, from the whole graph,
 * whenever an article that names the surname or one of its candidates is written or removed, and
 * the graph is then the same whatever order the articles came in. A user's rule
 * ({@link IdentityRules}) overrules the decision: a SAME rule names the entity to join, an APART
 * rule takes a candidate out.
 */
final class SurnameJoins {

  /** How many times the mentions of the next candidate the chosen one must have. */
  static final int DOMINANCE = 3;

  /**
   * A word that ends more names than this ("Bank", "Group") says too little to choose among them:
   * it joins none and is linked to none.
   */
  static final int MOST_CANDIDATES = 12;

  /**
   * An organisation's last word written alone more than this many times as often as the one name
   * that ends with it is a name of its own: "Liverpool", written 158 times, is not the "BBC
   * Liverpool" written once, nor "BT" a "Telco BT". It is linked to that name, not joined.
   */
  static final int MOST_TIMES_ALONE = 5;

  /**
   * The short names that the entities with these keys can take part in, as the keys of the
   * entities that stand for them: its own key (a word written alone, or a name such as "Trust
   * Co" whose form, "trustco", ends another, "Standard Trustco"), its last word and its acronyms.
   * A short name is decided whichever of its two sides a write brings, so that the graph does not
   * depend on which came first.
   */
  private static final String SURNAMES_OF = """
      UNWIND $keys AS key
      MATCH (e:Entity {key: key})
      UNWIND [e.key] + CASE WHEN e.lastWord IS NULL THEN [] ELSE ['entity:' + e.lastWord] END
          + [a IN coalesce(e.acronyms, []) | 'entity:' + a] AS short
      RETURN DISTINCT short""";

  // For each surname that needs a decision, the surname entity's type and size, and each
  // candidate's: mentions of its own (all of them, unless it holds joined ones) and the types of
  // the mentions joined to it from this surname. A surname needs a decision when it is joined to
  // someone, or written alone (its entity exists) as a person or organisation that some entity's
  // name ends with, or a user's rule names it ($forced); for the others nothing more is read.
  private static final String STATE = """
      UNWIND $shorts AS short
      OPTIONAL MATCH (s:Entity {key: short})
      WITH short, s
      WHERE short IN $forced
         OR EXISTS { MATCH ()-[m:MENTIONS]->() WHERE m.joinedFrom = short }
         OR s.type IN ['Person', 'Organization']
            AND EXISTS { MATCH (c:Entity) WHERE c.lastWord = substring(short, 7) AND c <> s }
         OR s IS NOT NULL
            AND EXISTS { MATCH (c:Entity) WHERE c.initials = substring(short, 7) AND substring(short, 7) IN c.acronyms }
      CALL (s) {
        OPTIONAL MATCH (s)-[l:MAYBE_SAME_AS]->(c)
        RETURN collect(c.key + ' ' + toString(l.score) + ' ' + l.reason) AS links
      }
      CALL (short) {
        CALL (short) {
          MATCH (c:Entity) WHERE c.lastWord = substring(short, 7) AND c.key <> short
          RETURN c LIMIT $most
          UNION
          MATCH ()-[m:MENTIONS]->(c:Entity) WHERE m.joinedFrom = short
          RETURN DISTINCT c
          UNION
          MATCH (c:Entity) WHERE c.initials = substring(short, 7) AND substring(short, 7) IN c.acronyms
          RETURN c
        }
        WITH c, short IN coalesce(c.joinedShorts, []) AS holds
        RETURN collect({key: c.key, name: c.name, type: c.type, endsWith: c.lastWord = substring(short, 7),
            acronym: substring(short, 7) IN coalesce(c.acronyms, []),
            own: CASE WHEN holds THEN COUNT { (c)<-[m:MENTIONS]-() WHERE m.joinedFrom IS NULL }
                 ELSE COUNT { (c)<-[:MENTIONS]-() } END,
            joinedTypes: CASE WHEN holds THEN COLLECT { MATCH (c)<-[m:MENTIONS]-() WHERE m.joinedFrom = short
                 RETURN m.type } ELSE [] END,
            byContext: holds AND EXISTS { MATCH (c)<-[m:MENTIONS]-() WHERE m.joinedFrom = short
                 AND m.joinedBy = $context }}) AS candidates
      }
      RETURN short, s IS NOT NULL AS exists, s.type AS shortType, COUNT { (s)<-[:MENTIONS]-() } AS shortMentions,
          candidates, links""";

  // Gives back what joins moved from the surname row.short to row.holder: all of it, or with
  // row.article only that article's (a context join).
  private static final String UNJOIN = """
      UNWIND $rows AS row
      MATCH (h:Entity {key: row.holder})
      MERGE (s:Entity {key: row.short})
      ON CREATE SET s:$(row.type), s.name = row.name, s.type = row.type, s.aliases = [], s.joins = [], s.titles = []
      WITH h, s, row
      CALL (h, s, row) {
        MATCH (h)-[r]-()
        WHERE r.joinedFrom = row.short
          AND (row.article IS NULL OR coalesce(r.articleId, startNode(r).articleId) = row.article)
        WITH DISTINCT r, h, s
        WITH r, CASE WHEN startNode(r) = h AND (type(r) = 'MENTIONS' OR r.joinedEnd IN ['start', 'both']) THEN s
                     ELSE startNode(r) END AS from,
                CASE WHEN endNode(r) = h AND (type(r) = 'MENTIONS' OR r.joinedEnd IN ['end', 'both']) THEN s
                     ELSE endNode(r) END AS to
        CREATE (from)-[c:$(type(r))]->(to)
        SET c = properties(r)
        REMOVE c.joinedFrom, c.joinedEnd, c.joinedBy
        DELETE r
      }
      WITH h, row
      WHERE NOT EXISTS { (h)-[r]-() WHERE r.joinedFrom = row.short }
      WITH h, [k IN coalesce(h.joinedShorts, []) WHERE k <> row.short] AS rest
      SET h.joinedShorts = CASE WHEN rest = [] THEN null ELSE rest END""";

  /** Entities left with no mention (a holder that gave all back, a surname all of whose articles joined) go. */
  private static final String DROP_EMPTY = """
      UNWIND $keys AS key
      MATCH (e:Entity {key: key})
      WHERE NOT EXISTS { (e)<-[:MENTIONS]-() }
      DETACH DELETE e""";

  private static final String JOIN = """
      UNWIND $joins AS join
      MATCH (s:Entity {key: join.short}), (f:Entity {key: join.full})
      CALL (s, f, join) {
        MATCH (s)-[r]-()
        WITH DISTINCT r, s, f, join
        WITH r, startNode(r) = s AS fromShort, endNode(r) = s AS toShort
        WITH r, join, fromShort, toShort, CASE WHEN fromShort THEN f ELSE startNode(r) END AS from,
            CASE WHEN toShort THEN f ELSE endNode(r) END AS to
        WHERE type(r) <> 'MAYBE_SAME_AS'
        CREATE (from)-[c:$(type(r))]->(to)
        SET c = properties(r), c.joinedFrom = join.short, c.joinedBy = join.by,
            c.joinedEnd = CASE WHEN type(r) = 'MENTIONS' THEN null WHEN fromShort AND toShort THEN 'both'
                               WHEN fromShort THEN 'start' ELSE 'end' END
        DELETE r
      }
      SET f.titles = coalesce(f.titles, []) + [t IN coalesce(s.titles, []) WHERE NOT t IN coalesce(f.titles, [])],
          f.joinedShorts = [k IN coalesce(f.joinedShorts, []) WHERE k <> join.short] + join.short
      DETACH DELETE s""";

  private static final String LINK = """
      UNWIND $rows AS row
      MATCH (s:Entity {key: row.short})
      CALL (s) {
        MATCH (s)-[old:MAYBE_SAME_AS]->()
        DELETE old
      }
      WITH s, row
      UNWIND row.links AS link
      MATCH (c:Entity {key: link.key})
      CREATE (s)-[:MAYBE_SAME_AS {score: link.score, reason: link.reason}]->(c)""";

  private SurnameJoins() {}

  static List<String> statements() {
    return List.of(SURNAMES_OF, STATE, UNJOIN, DROP_EMPTY, JOIN, LINK);
  }

  /**
   * An entity a short name may join: because its name ends with it ({@code endsWith}), or
   * ({@code acronym}) because its own articles abbreviate it by the short name. A holder of joined
   * mentions that is neither any more is only there to give them back.
   */
  private record Candidate(String key, String name, String type, boolean endsWith, boolean acronym, long own,
      List<String> joinedTypes, boolean byContext, List<String> keys) {

    /** This candidate with the mentions (and the key) of another added to its own. */
    Candidate plus(Candidate other) {
      List<String> both = new ArrayList<>(keys);
      both.addAll(other.keys);
      return new Candidate(key, name, type, endsWith, acronym, own + other.own, joinedTypes, byContext, both);
    }
  }

  /**
   * Gives back what joins moved from surnames to their holders: per row {@code holder}, {@code
   * short}, {@code name} and {@code type} (to make the surname's entity again), and {@code
   * article} to give back only that article's. Holders left with no mention go.
   */
  static void unjoin(TransactionContext tx, List<Map<String, Object>> rows) {
    tx.run(UNJOIN, Map.of("rows", rows)).consume();
    dropEmpty(tx, rows.stream().map(r -> (String) r.get("holder")).toList());
  }

  /** Deletes those of the entities with these keys that have no mention left. */
  static void dropEmpty(TransactionContext tx, Collection<String> keys) {
    tx.run(DROP_EMPTY, Map.of("keys", List.copyOf(new TreeSet<>(keys)))).consume();
  }

  /** The surnames (as keys of single-word entities) that the entities with these keys take part in. */
  static List<String> surnamesOf(TransactionContext tx, Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return tx.run(SURNAMES_OF, Map.of("keys", List.copyOf(new TreeSet<>(keys)))).list(r -> r.get("short").asString());
  }

  /** Decides again the surnames that the entities with these keys take part in. */
  static void reconcile(TransactionContext tx, Collection<String> keys) {
    reconcile(tx, keys, IdentityRules.any(tx));
  }

  /**
   * Decides again the surnames that the entities with these keys take part in; {@code rules} says
   * whether the store holds any user rule ({@link IdentityRules#any}), read once by the caller.
   */
  static void reconcile(TransactionContext tx, Collection<String> keys, boolean rules) {
    reconcileSurnames(tx, surnamesOf(tx, keys), rules);
  }

  /** Decides again these surnames, given as the keys of their single-word entities. */
  static void reconcileSurnames(TransactionContext tx, Collection<String> surnameKeys) {
    if (!surnameKeys.isEmpty()) {
      reconcileSurnames(tx, surnameKeys, IdentityRules.any(tx));
    }
  }

  private static void reconcileSurnames(TransactionContext tx, Collection<String> surnameKeys, boolean rules) {
    if (surnameKeys.isEmpty()) {
      return;
    }
    List<String> shorts = List.copyOf(new TreeSet<>(surnameKeys));
    List<String> forced = rules ? List.copyOf(IdentityRules.sameFor(tx, shorts).keySet()) : List.of();
    TreeSet<String> touched = new TreeSet<>();
    Writes writes = new Writes();
    for (Record state : tx.run(STATE, Map.of("shorts", shorts, "forced", forced, "most", SurnameContext.MOST_PEOPLE + 1,
        "context", SurnameContext.JOINED_BY)).list()) {
      reconcileOne(tx, state.get("short").asString(), state, rules, touched, writes);
    }
    touched.addAll(SurnameContext.reconcile(tx, writes.byContext));
    Map<String, List<EntityRefresh.Joined>> joinedInto = new TreeMap<>();
    if (!writes.joins.isEmpty()) {
      // What a join moves is the short name's own mentions, which its tally counts: read before the
      // join deletes it, added to the full name's tally after (see EntityRefresh.refreshJoined).
      Map<String, String> tallies = EntityRefresh.tallies(tx, writes.tallied.keySet());
      writes.tallied.forEach((shortKey, join) -> joinedInto.computeIfAbsent((String) join.get("full"),
          k -> new ArrayList<>()).add(new EntityRefresh.Joined(tallies.get(shortKey), "acronym".equals(join.get("by")))));
      tx.run(JOIN, Map.of("joins", writes.joins)).consume();
    }
    if (!writes.links.isEmpty()) {
      tx.run(LINK, Map.of("rows", writes.links)).consume();
    }
    joinedInto.keySet().removeAll(touched);
    EntityRefresh.refreshJoined(tx, joinedInto);
    EntityRefresh.refresh(tx, touched);
  }

  /** The joins and links decided for a write, made by one statement each after all the decisions. */
  private static final class Writes {
    final List<Map<String, Object>> joins = new ArrayList<>();
    /** The joins, by short name, whose full name's tally may add the short name's (nothing was unjoined first). */
    final Map<String, Map<String, Object>> tallied = new TreeMap<>();
    final List<Map<String, Object>> links = new ArrayList<>();
    /** The surnames whose articles are decided one by one, by what they name ({@link SurnameContext}). */
    final List<SurnameContext.Surname> byContext = new ArrayList<>();
  }

  private static void reconcileOne(TransactionContext tx, String shortKey, Record state, boolean rules,
      Collection<String> touched, Writes writes) {
    List<Candidate> all = state.get("candidates").asList(v -> new Candidate(v.get("key").asString(),
        v.get("name").asString(""), v.get("type").asString(null), v.get("endsWith").asBoolean(false),
        v.get("acronym").asBoolean(), v.get("own").asLong(),
        v.get("joinedTypes").asList(t -> t.asString(null)), v.get("byContext").asBoolean(false),
        List.of(v.get("key").asString())));
    List<String> poolTypes = new ArrayList<>();
    if (!state.get("shortType").isNull()) {
      poolTypes.addAll(java.util.Collections.nCopies((int) state.get("shortMentions").asLong(),
          state.get("shortType").asString()));
    }
    all.forEach(c -> poolTypes.addAll(c.joinedTypes()));
    boolean exists = state.get("exists").asBoolean();
    if (!exists && all.stream().allMatch(c -> c.joinedTypes().isEmpty())) {
      return; // nobody is written by this surname alone
    }
    List<String> apart = rules ? IdentityRules.apartFrom(tx, shortKey) : List.of();
    IdentityRules.Rule same = rules ? IdentityRules.sameFor(tx, List.of(shortKey)).get(shortKey) : null;
    String kind = majority(poolTypes);
    boolean person = EntityType.PERSON.label().equals(kind);
    boolean joinable = person || EntityType.ORGANIZATION.label().equals(kind);
    Comparator<Candidate> bySize = Comparator.comparingLong(Candidate::own).reversed().thenComparing(Candidate::key);
    // An acronym that some article spells out ("Advanced Micro Devices (AMD)") is stronger evidence
    // than a last word, and holds whatever types the articles gave.
    List<Candidate> expansions = all.stream()
        .filter(c -> c.acronym() && c.own() > 0 && !apart.contains(c.key()))
        .sorted(bySize)
        .toList();
    boolean acronym = !expansions.isEmpty();
    // Counted whatever they hold, so that what is joined now does not change what is decided.
    long ending = all.stream().filter(Candidate::endsWith).count();
    boolean tooMany = ending > MOST_CANDIDATES;
    List<Candidate> fitting = acronym ? expansions : withInitialsFolded(all.stream()
        .filter(c -> joinable && c.endsWith() && kind.equals(c.type()) && c.own() > 0 && !apart.contains(c.key()))
        .toList()).stream()
        .sorted(bySize)
        .toList();
    List<Candidate> candidates = tooMany && !acronym ? List.of() : fitting;
    Candidate target = null;
    long alone = poolTypes.size();
    boolean namesItself = !person && !acronym && candidates.size() == 1
        && alone > MOST_TIMES_ALONE * candidates.get(0).own();
    if (candidates.size() == 1 && !namesItself) {
      target = candidates.get(0);
    } else if (person && !acronym && candidates.size() > 1
        && candidates.get(0).own() >= DOMINANCE * candidates.get(1).own()) {
      target = candidates.get(0);
    }
    if (same != null) {
      target = new Candidate(same.entityKey(), same.entityName(), EntityType.PERSON.label(), false, false, 1,
          List.of(), false, List.of(same.entityKey()));
      acronym = false;
    }
    String type = kind == null ? EntityType.PERSON.label() : kind;
    // The one person a surname can mean, or the one who outnumbers the others, is still decided
    // article by article: an article that names nobody their own articles name ("Gibson" in a
    // match report, "Fox" in a piece on film studios) does not join them.
    String likely = null;
    if (person && !acronym && same == null && target != null && ending <= SurnameContext.MOST_PEOPLE) {
      likely = target.key();
      target = null;
    }
    boolean contextual = target == null && person && !acronym && (fitting.size() > 1 || likely != null)
        && ending <= SurnameContext.MOST_PEOPLE;
    if (contextual) {
      Map<String, List<String>> byKey = new TreeMap<>();
      fitting.forEach(c -> byKey.put(c.key(), c.keys()));
      java.util.Set<String> named = new TreeSet<>();
      all.stream().filter(Candidate::endsWith).forEach(c -> named.add(c.key()));
      Map<String, String> genders = new TreeMap<>();
      fitting.forEach(c -> {
        String g = GivenNames.genderOf(c.name());
        if (g != null) {
          genders.put(c.key(), g);
        }
      });
      writes.byContext.add(new SurnameContext.Surname(shortKey, byKey, named, surnameName(shortKey, all), type,
          likely, genders));
    }
    boolean unjoined = false;
    for (Candidate c : all) {
      // A holder of a target's context joins gives them back first: the join takes all articles alike.
      boolean other = target == null || !c.key().equals(target.key()) || c.byContext();
      if (!contextual && !c.joinedTypes().isEmpty() && other) {
        String name = surnameName(shortKey, all);
        unjoin(tx, List.of(Map.of("holder", c.key(), "short", shortKey, "name", name, "type", type)));
        touched.add(c.key());
        exists = true;
        unjoined = true;
      }
    }
    if (target != null) {
      if (exists) {
        Map<String, Object> join = new HashMap<>(Map.of("short", shortKey, "full", target.key()));
        join.put("by", acronym ? "acronym" : null);
        writes.joins.add(join);
        if (unjoined) {
          touched.add(target.key()); // the short name's tally does not count what came back to it
        } else {
          writes.tallied.put(shortKey, join);
        }
      }
      return;
    }
    List<Map<String, Object>> links = new ArrayList<>();
    if (namesItself) {
      Candidate c = candidates.get(0);
      links.add(Map.of("key", c.key(), "score", Math.round(1000.0 * c.own() / (c.own() + alone)) / 1000.0,
          "reason", "last word of 1 organisation, written alone " + alone + " times against " + c.own()
              + "; score: its share of both"));
    }
    if (candidates.size() > 1 || contextual && candidates.size() == 1) {
      long total = candidates.stream().mapToLong(Candidate::own).sum();
      for (Candidate c : candidates) {
        links.add(Map.of("key", c.key(), "score", Math.round(1000.0 * c.own() / total) / 1000.0,
            "reason", (acronym ? "acronym of " + candidates.size() + " names"
                : person ? "surname of " + candidates.size() + (candidates.size() == 1 ? " person" : " people")
                : "last word of " + candidates.size() + " organisations") + "; score: share of their mentions"));
      }
    }
    List<String> wanted = links.stream().map(l -> l.get("key") + " " + l.get("score") + " " + l.get("reason"))
        .sorted().toList();
    List<String> present = state.get("links").asList(v -> v.asString()).stream().sorted().toList();
    if (!wanted.equals(present) || touched.contains(shortKey)) {
      writes.links.add(Map.of("short", shortKey, "links", links));
    }
    touched.add(shortKey);
  }

  /**
   * The candidates, with a name written as an initial and the surname ("G Rowntree") counted as
   * the one full name it fits ("Graham Rowntree"): it is not a person of its own to choose from.
   * An initial that fits none or several full names stays a candidate.
   */
  static <C> List<C> withInitialsFolded(List<C> candidates, java.util.function.Function<C, String> name,
      java.util.function.BinaryOperator<C> plus) {
    List<C> full = candidates.stream().filter(c -> initial(name.apply(c)) == null).toList();
    Map<C, C> folded = new java.util.LinkedHashMap<>();
    full.forEach(c -> folded.put(c, c));
    for (C c : candidates) {
      String initial = initial(name.apply(c));
      if (initial == null) {
        continue;
      }
      List<C> fits = full.stream().filter(f -> name.apply(f).startsWith(initial)).toList();
      if (fits.size() == 1) {
        folded.merge(fits.get(0), c, plus);
      } else {
        folded.put(c, c);
      }
    }
    return List.copyOf(folded.values());
  }

  private static List<Candidate> withInitialsFolded(List<Candidate> candidates) {
    return withInitialsFolded(candidates, Candidate::name, Candidate::plus);
  }

  /** The initial of a name written as an initial and one more word ("G Rowntree", "G. Rowntree"), or null. */
  private static String initial(String name) {
    String[] words = name.strip().split("\\s+");
    String first = words[0].replace(".", "");
    return words.length == 2 && first.length() == 1 && Character.isUpperCase(first.charAt(0)) ? first : null;
  }

  /**
   * The name a surname entity is re-created with: as a full name writes it ("Reddy" in "Ann
   * Reddy"). Its mentions decide its name after that ({@link EntityRefresh}).
   */
  private static String surnameName(String shortKey, List<Candidate> all) {
    return all.stream().map(Candidate::name).filter(n -> !n.isBlank()).findFirst()
        .map(full -> full.substring(full.strip().lastIndexOf(' ') + 1).strip())
        .orElse(Identity.formOfKey(shortKey));
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
