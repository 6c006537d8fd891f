package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.GivenNames;
import org.newsgraph.identity.Identity;
import org.newsgraph.identity.NameForms;

/**
 * Decides, article by article, whom a surname written alone means ({@link SurnameJoins}): when
 * several full names end with it and none stands out over all articles, and also when one does
 * (the only one, or one far more written than the others), which then needs an article that names
 * at least one of the people or organisations its own articles name: "Vance" in a match report
 * is the player whose own articles name the same team-mates and club, "Vance" in a piece on a
 * party is the politician.
 *
 * <p>An article's context is the set of people and organisations it names (as its own mentions
 * were typed), each by its key before any surname join, without the surname and its candidates,
 * and the places it names, which count only for the likely candidate ({@link #choose}). A
 * candidate's profile is the union of the contexts of the articles that write its full name (or
 * its initial and surname, "T Vance", when that fits only it). The article joins the candidate
 * whose profile shares the most names with its context when they are at least {@link
 * #LEAST_SHARED} and at least {@link #MARGIN} more than any other candidate's. An article joins
 * none when it writes the full name of one of the candidates and still keeps the surname apart (a
 * second Vance, "Mrs Vance"), or names someone whose first name is the word ("Taylor, you're my
 * director of the year" after "Taylor Hackford" is not a Taylor). What the join moves (the article's mentions of the
 * surname and the facts they carry) is marked {@code joinedBy: 'context'} besides {@code
 * joinedFrom}, so it is undone article by article.
 *
 * <p>An honorific before the surname in the article that says a woman or a man ("Baroness
 * Kennedy", "Mr Vance") rules out a candidate whose given name says the other ({@link GivenNames}).
 *
 * <p>A decision depends on the article's own names and on the articles of the candidates, all of
 * which make {@link SurnameJoins} decide the surname again when they are written or removed; no
 * count over the whole graph enters it, so the same articles give the same joins in any order.
 */
final class SurnameContext {

  /** The fewest names an article must share with the chosen candidate's articles. */
  static final int LEAST_SHARED = 3;

  /** How many more shared names than the next candidate the chosen one must have. */
  static final int MARGIN = 3;

  /** A surname that ends more people's names than this is not decided by context. */
  static final int MOST_PEOPLE = 40;

  /** The {@code joinedBy} of what a context join moved. */
  static final String JOINED_BY = "context";

  private static final List<String> CONTEXT_TYPES = List.of(EntityType.PERSON.label(),
      EntityType.ORGANIZATION.label());

  /**
   * What marks a place in a context: places do not count towards {@link #LEAST_SHARED} (every
   * article names the same countries), but two shared places are enough for the likely candidate.
   */
  static final String PLACE = "place:";

  /** How many places the likely candidate's articles must share with an article that shares no name. */
  static final int LEAST_PLACES = 2;

  // The articles that write each surname alone (its entity's mentions, and those a join moved),
  // with what each names, its context, and who holds its surname mentions now ("key joinedBy").
  private static final String ARTICLES = """
      UNWIND $shorts AS short
      CALL (short) {
        MATCH (:Entity {key: short})<-[:MENTIONS]-(s:Sentence)
        RETURN DISTINCT s.articleId AS article
        UNION
        MATCH (s:Sentence)-[m:MENTIONS]->() WHERE m.joinedFrom = short
        RETURN DISTINCT s.articleId AS article
      }
      CALL (short, article) {
        MATCH (:Sentence {articleId: article})-[m:MENTIONS]->(e:Entity)
        RETURN collect(DISTINCT coalesce(m.joinedFrom, e.key)) AS named,
            collect(DISTINCT CASE WHEN m.type IN $types THEN coalesce(m.joinedFrom, e.key)
                WHEN m.type = 'Location' THEN $place + e.key END) AS context,
            collect(DISTINCT CASE WHEN m.joinedFrom = short THEN e.key + ' ' + coalesce(m.joinedBy, '') END) AS held,
            collect(DISTINCT CASE WHEN trim(m.text) CONTAINS ' ' THEN split(trim(m.text), ' ')[0] END) AS firstWords,
            collect(DISTINCT CASE WHEN coalesce(m.joinedFrom, e.key) = short THEN m.gender END) AS genders
      }
      RETURN short, article, named, context, held, firstWords, genders""";

  // The context of each article that writes a candidate's name itself (not by a join).
  private static final String PROFILES = """
      UNWIND $keys AS key
      MATCH (:Entity {key: key})<-[m:MENTIONS]-(s:Sentence) WHERE m.joinedFrom IS NULL
      WITH DISTINCT key, s.articleId AS article
      CALL (article) {
        MATCH (:Sentence {articleId: article})-[m:MENTIONS]->(e:Entity) WHERE m.type IN $types OR m.type = 'Location'
        RETURN collect(DISTINCT CASE WHEN m.type = 'Location' THEN $place + e.key
            ELSE coalesce(m.joinedFrom, e.key) END) AS context
      }
      RETURN key, article, context""";

  private static final String JOIN_ARTICLES = """
      UNWIND $rows AS row
      MATCH (s:Entity {key: row.short}), (f:Entity {key: row.full})
      CALL (s, f, row) {
        MATCH (s)-[r]-()
        WHERE type(r) <> 'MAYBE_SAME_AS' AND coalesce(r.articleId, startNode(r).articleId) = row.article
        WITH DISTINCT r, s, f, row
        WITH r, row, startNode(r) = s AS fromShort, endNode(r) = s AS toShort
        WITH r, row, fromShort, toShort, CASE WHEN fromShort THEN f ELSE startNode(r) END AS from,
            CASE WHEN toShort THEN f ELSE endNode(r) END AS to
        CREATE (from)-[c:$(type(r))]->(to)
        SET c = properties(r), c.joinedFrom = row.short, c.joinedBy = $by,
            c.joinedEnd = CASE WHEN type(r) = 'MENTIONS' THEN null WHEN fromShort AND toShort THEN 'both'
                               WHEN fromShort THEN 'start' ELSE 'end' END
        DELETE r
      }
      SET f.joinedShorts = [k IN coalesce(f.joinedShorts, []) WHERE k <> row.short] + row.short""";

  private SurnameContext() {}

  static List<String> statements() {
    return List.of(ARTICLES, PROFILES, JOIN_ARTICLES);
  }

  /**
   * A surname to decide by context.
   *
   * @param candidates the candidates it may join, each with the keys of the entities whose
   *     articles are its own (its key and the initial-and-surname names folded into it)
   * @param named the keys of every full name that ends with the surname: an article that writes one
   *     of them keeps its surname apart
   * @param name the name the surname's entity is made with again when a join is undone
   * @param type its type
   * @param likely the candidate the surname means unless an article says otherwise (the only one,
   *     or the one with {@link SurnameJoins#DOMINANCE} times the mentions of any other), or null
   * @param genders by candidate key, the gender its given name says ({@link GivenNames}), where it says one
   */
  record Surname(String key, Map<String, List<String>> candidates, Set<String> named, String name, String type,
      String likely, Map<String, String> genders) {}

  /**
   * An article that writes a surname alone: what it names, its context, who holds its surname
   * mentions now ("key joinedBy"), and the spelling-free first words of the names of two or more
   * words it writes (whatever their type: a name finder may type "Taylor Hackford" an organisation).
   */
  record Writer(String id, Set<String> named, Set<String> context, Set<String> held, Set<String> firstWords,
      Set<String> genders) {}

  /**
   * Decides the surnames by context and moves their articles' mentions accordingly; returns the
   * keys of the entities whose mentions changed, to be refreshed.
   */
  static Set<String> reconcile(TransactionContext tx, List<Surname> surnames) {
    Set<String> touched = new TreeSet<>();
    if (surnames.isEmpty()) {
      return touched;
    }
    Map<String, Surname> byKey = new TreeMap<>();
    surnames.forEach(s -> byKey.put(s.key(), s));
    Map<String, List<Writer>> writers = new TreeMap<>();
    tx.run(ARTICLES, Map.of("shorts", List.copyOf(byKey.keySet()), "types", CONTEXT_TYPES, "place", PLACE)).forEachRemaining(r ->
        writers.computeIfAbsent(r.get("short").asString(), k -> new ArrayList<>()).add(new Writer(
            r.get("article").asString(), strings(r.get("named").asList(v -> v.asString())),
            strings(r.get("context").asList(v -> v.asString())), strings(r.get("held").asList(v -> v.asString())),
            strings(r.get("firstWords").asList(v -> NameForms.form(v.asString()))),
            strings(r.get("genders").asList(v -> v.asString())))));
    TreeSet<String> members = new TreeSet<>();
    surnames.forEach(s -> s.candidates().values().forEach(members::addAll));
    Map<String, Map<String, Set<String>>> contexts = new HashMap<>();
    tx.run(PROFILES, Map.of("keys", List.copyOf(members), "types", CONTEXT_TYPES, "place", PLACE)).forEachRemaining(r ->
        contexts.computeIfAbsent(r.get("key").asString(), k -> new TreeMap<>())
            .put(r.get("article").asString(), strings(r.get("context").asList(v -> v.asString()))));
    List<Map<String, Object>> unjoins = new ArrayList<>();
    List<Map<String, Object>> joins = new ArrayList<>();
    Set<String> emptied = new TreeSet<>(); // surnames whose articles may all have joined
    writers.forEach((shortKey, list) -> {
      Surname s = byKey.get(shortKey);
      Map<String, Map<String, Set<String>>> profiles = new TreeMap<>();
      s.candidates().forEach((key, keys) -> {
        Map<String, Set<String>> articles = new TreeMap<>();
        keys.forEach(k -> articles.putAll(contexts.getOrDefault(k, Map.of())));
        profiles.put(key, articles);
      });
      for (Writer w : list) {
        String chosen = choose(s, w, profiles);
        Set<String> wanted = chosen == null ? Set.of() : Set.of(chosen + " " + JOINED_BY);
        if (wanted.equals(w.held())) {
          continue;
        }
        for (String held : w.held()) {
          String holder = held.substring(0, held.lastIndexOf(' '));
          unjoins.add(Map.of("holder", holder, "short", shortKey, "article", w.id(), "name", s.name(),
              "type", s.type()));
          touched.add(holder);
        }
        if (chosen != null) {
          joins.add(Map.of("short", shortKey, "full", chosen, "article", w.id()));
          touched.add(chosen);
        }
        touched.add(shortKey);
        emptied.add(shortKey);
      }
    });
    if (!unjoins.isEmpty()) {
      SurnameJoins.unjoin(tx, unjoins);
    }
    if (!joins.isEmpty()) {
      tx.run(JOIN_ARTICLES, Map.of("rows", joins, "by", JOINED_BY)).consume();
    }
    if (!emptied.isEmpty()) {
      SurnameJoins.dropEmpty(tx, emptied);
    }
    return touched;
  }

  /**
   * The candidate an article's surname means, or null: the one whose articles share the most of
   * its context, by at least {@link #LEAST_SHARED} names and {@link #MARGIN} more than the next;
   * else the likely one ({@link Surname#likely}) when its articles share at least one person or
   * organisation, or {@link #LEAST_PLACES} places, with the article, or the article names too few
   * people and organisations to tell (fewer than {@link #LEAST_SHARED}), and no other candidate's
   * articles share more people and organisations.
   *
   * @param profiles by candidate key, the contexts of its own articles by article id
   */
  static String choose(Surname s, Writer w, Map<String, Map<String, Set<String>>> profiles) {
    if (w.named().stream().anyMatch(s.named()::contains) || w.firstWords().contains(Identity.formOfKey(s.key()))) {
      return null;
    }
    Set<String> context = new HashSet<>(w.context());
    context.remove(s.key());
    context.removeAll(s.named());
    String best = null;
    int first = 0;
    int second = 0;
    int likely = 0;
    int likelyPlaces = 0;
    String gender = w.genders().size() == 1 ? w.genders().iterator().next() : null;
    for (Map.Entry<String, Map<String, Set<String>>> c : profiles.entrySet()) {
      String known = s.genders().get(c.getKey());
      if (gender != null && known != null && !known.equals(gender)) {
        continue; // "Baroness Kennedy" is not Charles Kennedy
      }
      Set<String> shared = new HashSet<>();
      c.getValue().forEach((article, names) -> {
        if (!article.equals(w.id())) {
          names.stream().filter(context::contains).forEach(shared::add);
        }
      });
      long places = shared.stream().filter(k -> k.startsWith(PLACE)).count();
      int n = (int) (shared.size() - places);
      if (c.getKey().equals(s.likely())) {
        likely = n;
        likelyPlaces = (int) places;
      }
      if (n > first) {
        second = first;
        first = n;
        best = c.getKey();
      } else if (n > second) {
        second = n;
      }
    }
    if (first >= LEAST_SHARED && first - second >= MARGIN) {
      return best;
    }
    String likelyGender = s.likely() == null ? null : s.genders().get(s.likely());
    if (gender != null && likelyGender != null && !likelyGender.equals(gender)) {
      return null;
    }
    boolean thin = context.stream().filter(k -> !k.startsWith(PLACE)).count() < LEAST_SHARED;
    return s.likely() != null && (likely >= 1 || likelyPlaces >= LEAST_PLACES || thin) && likely == first
        ? s.likely() : null;
  }

  private static Set<String> strings(List<String> values) {
    return Set.copyOf(values);
  }
}
