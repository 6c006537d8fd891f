package org.newsgraph.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.neo4j.driver.Value;
import org.newsgraph.extract.EntityType;
import org.newsgraph.identity.Identity;
import org.newsgraph.identity.NameForms;

/**
 * Decides an entity's type, name and aliases from all its mentions, after every write or removal
 * that touched it, so that they depend on which articles are loaded and not on their order:
 *
 * <ul>
 *   <li>type: the type most mentions were given by their articles (ties go to the first of
 *       Person, Organization, Location, Other), with its label;
 *   <li>name: the most frequent written form of the name its key stands for (mixed case before
 *       ALL CAPS, then alphabetical), or the name it was created with when no mention writes it
 *       (a known alias's canonical name);
 *   <li>aliases: the other written names, one per spelling-free form, most frequent first, each
 *       with the rule by which it joined in {@code joins} (same position);
 *   <li>acronyms: the forms of the acronyms its own articles abbreviate it by ("amd").
 * </ul>
 *
 * <p>What these are decided from, the entity's mentions counted by written text, form, type and
 * rule, is kept on the entity as {@code tally} (JSON): a write that only adds mentions adds them to
 * the tally instead of reading every mention again, which for an entity named in most articles
 * ("U.S.") cost a read of all its mentions in every batch. Joins, removals and merges count the
 * mentions again ({@link #refresh}); an entity without a tally (a store written before it) is
 * counted in full the first time.
 */
final class EntityRefresh {

  /** Aliases kept per entity, most frequent first: a hub's long tail of spellings says little. */
  static final int MAX_ALIASES = 50;

  private static final String READ = """
      UNWIND $keys AS key
      MATCH (e:Entity {key: key})<-[m:MENTIONS]-()
      WITH e, m.text AS text, m.form AS form, m.type AS type,
          CASE WHEN m.joinedFrom IS NULL THEN m.rule WHEN m.joinedBy = 'acronym' THEN $acronym
              WHEN m.joinedBy = 'context' THEN $context ELSE $surname END
              AS rule,
          count(*) AS n
      RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases, e.joins AS joins,
          e.acronyms AS acronyms, e.tally AS tally, collect([text, form, type, rule, n]) AS written""";

  private static final String READ_TALLIES = """
      UNWIND $keys AS key
      MATCH (e:Entity {key: key})
      RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases, e.joins AS joins,
          e.acronyms AS acronyms, e.tally AS tally""";

  private static final String SET_NAMES = """
      UNWIND $rows AS row
      MATCH (e:Entity {key: row.key})
      SET e.name = row.name, e.aliases = row.aliases, e.joins = row.joins, e.acronyms = row.acronyms,
          e.tally = row.tally""";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SET_TYPES = """
      UNWIND $rows AS row
      MATCH (e:Entity {key: row.key})
      REMOVE e:Person:Organization:Location:Other
      SET e:$(row.type), e.type = row.type""";

  private EntityRefresh() {}

  static List<String> statements() {
    return List.of(READ, READ_TALLIES, SET_NAMES, SET_TYPES);
  }

  /** Refreshes the entities with these keys (absent ones are skipped), counting all their mentions. */
  static void refresh(TransactionContext tx, Collection<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    Writes writes = new Writes();
    for (Record r : tx.run(READ, Map.of("keys", List.copyOf(new TreeSet<>(keys)), "surname", Identity.SURNAME,
        "acronym", Identity.ACRONYM_ACROSS, "context", Identity.SURNAME_IN_CONTEXT)).list()) {
      writes.decide(r, r.get("written").asList(v -> new Written(v.get(0).asString(), v.get(1).asString(null),
          v.get(2).asString(null), v.get(3).asString(null), v.get(4).asLong())));
    }
    writes.run(tx);
  }

  /**
   * Refreshes the entities that a write gave new mentions and nothing else: {@code added} holds,
   * by entity key, the mentions it added (in articles' rows as {@code WRITE_ARTICLES} takes them:
   * sentences with their mentions). Their counts are added to each entity's tally; an entity
   * without one is counted in full.
   */
  @SuppressWarnings("unchecked")
  static void refreshAdded(TransactionContext tx, List<Map<String, Object>> articles) {
    Map<String, Map<Written, Long>> added = new TreeMap<>();
    for (Map<String, Object> article : articles) {
      for (Map<String, Object> sentence : (List<Map<String, Object>>) article.get("sentences")) {
        for (Map<String, Object> m : (List<Map<String, Object>>) sentence.get("mentions")) {
          added.computeIfAbsent((String) m.get("key"), k -> new HashMap<>())
              .merge(new Written((String) m.get("text"), (String) m.get("form"), (String) m.get("type"),
                  (String) m.get("rule"), 0), 1L, Long::sum);
        }
      }
    }
    if (added.isEmpty()) {
      return;
    }
    Writes writes = new Writes();
    List<String> untallied = new ArrayList<>();
    for (Record r : tx.run(READ_TALLIES, Map.of("keys", List.copyOf(added.keySet()))).list()) {
      String key = r.get("key").asString();
      if (r.get("tally").isNull()) {
        untallied.add(key);
        continue;
      }
      Map<Written, Long> counts = new HashMap<>();
      fromTally(r.get("tally").asString()).forEach(w -> counts.merge(w.withCount(0), w.count(), Long::sum));
      added.get(key).forEach((w, n) -> counts.merge(w, n, Long::sum));
      writes.decide(r, counts.entrySet().stream().map(e -> e.getKey().withCount(e.getValue())).toList());
    }
    writes.run(tx);
    refresh(tx, untallied);
  }

  /** A short name's tally (null when it has none) joined to a full name, by surname or acronym. */
  record Joined(String tally, boolean acronym) {}

  /** The tallies of the entities with these keys (absent ones and ones without a tally are left out). */
  static Map<String, String> tallies(TransactionContext tx, Collection<String> keys) {
    Map<String, String> out = new HashMap<>();
    if (!keys.isEmpty()) {
      tx.run(READ_TALLIES, Map.of("keys", List.copyOf(new TreeSet<>(keys)))).list().stream()
          .filter(r -> !r.get("tally").isNull())
          .forEach(r -> out.put(r.get("key").asString(), r.get("tally").asString()));
    }
    return out;
  }

  /**
   * Refreshes the entities that joins gave a short name's mentions and nothing else: each short
   * name's tally, its rules now the join's ({@link Identity#SURNAME} or {@link
   * Identity#ACRONYM_ACROSS}, as {@link #READ} counts joined mentions), is added to the entity's
   * own. Where a tally is missing the entity is counted in full.
   */
  static void refreshJoined(TransactionContext tx, Map<String, List<Joined>> joinedInto) {
    if (joinedInto.isEmpty()) {
      return;
    }
    Writes writes = new Writes();
    List<String> untallied = new ArrayList<>();
    for (Record r : tx.run(READ_TALLIES, Map.of("keys", List.copyOf(new TreeSet<>(joinedInto.keySet())))).list()) {
      String key = r.get("key").asString();
      List<Joined> joined = joinedInto.get(key);
      if (r.get("tally").isNull() || joined.stream().anyMatch(j -> j.tally() == null)) {
        untallied.add(key);
        continue;
      }
      List<Written> written = new ArrayList<>(fromTally(r.get("tally").asString()));
      for (Joined j : joined) {
        String rule = j.acronym() ? Identity.ACRONYM_ACROSS : Identity.SURNAME;
        fromTally(j.tally()).forEach(w -> written.add(new Written(w.text(), w.form(), w.type(), rule, w.count())));
      }
      writes.decide(r, written);
    }
    writes.run(tx);
    refresh(tx, untallied);
  }

  /** The names and types decided for a refresh, written by one statement each. */
  private static final class Writes {
    final List<Map<String, Object>> names = new ArrayList<>();
    final List<Map<String, Object>> types = new ArrayList<>();

    /** Decides the entity of {@code r} (its stored name, type, aliases, joins, acronyms, tally) from its mentions. */
    void decide(Record r, List<Written> written) {
      Decision d = EntityRefresh.decide(r.get("key").asString(), r.get("name").asString(), written);
      String tally = tally(written);
      if (!d.name().equals(r.get("name").asString()) || !d.aliases().equals(strings(r.get("aliases")))
          || !d.joins().equals(strings(r.get("joins"))) || !d.acronyms().equals(strings(r.get("acronyms")))
          || !tally.equals(r.get("tally").asString(null))) {
        names.add(Map.of("key", d.key(), "name", d.name(), "aliases", d.aliases(), "joins", d.joins(),
            "acronyms", d.acronyms(), "tally", tally));
      }
      if (!d.type().equals(r.get("type").asString(null))) {
        types.add(Map.of("key", d.key(), "type", d.type()));
      }
    }

    void run(TransactionContext tx) {
      if (!names.isEmpty()) {
        tx.run(SET_NAMES, Map.of("rows", names)).consume();
      }
      if (!types.isEmpty()) {
        tx.run(SET_TYPES, Map.of("rows", types)).consume();
      }
    }
  }

  /**
   * The tally of these counts: a JSON array of [text, form, type, rule, count], one per distinct
   * text, form, type and rule, in that order, so that the same mentions always give the same text.
   */
  static String tally(List<Written> written) {
    Map<Written, Long> counts = new TreeMap<>(Comparator.comparing(Written::text)
        .thenComparing(Written::form, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Written::type, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Written::rule, Comparator.nullsFirst(Comparator.naturalOrder())));
    written.forEach(w -> counts.merge(w.withCount(0), w.count(), Long::sum));
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach((w, n) -> rows.add(java.util.Arrays.asList(w.text(), w.form(), w.type(), w.rule(), n)));
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Written> fromTally(String tally) {
    try {
      List<Written> out = new ArrayList<>();
      for (JsonNode row : JSON.readTree(tally)) {
        out.add(new Written(row.get(0).asText(), text(row.get(1)), text(row.get(2)), text(row.get(3)),
            row.get(4).asLong()));
      }
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an entity's tally is not what EntityRefresh writes: " + tally, e);
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static List<String> strings(Value v) {
    return v.isNull() ? List.of() : v.asList(Value::asString);
  }

  /** How often a mention was written {@code text}, under one type and rule. */
  record Written(String text, String form, String type, String rule, long count) {
    String formOrText() {
      return form != null ? form : NameForms.form(text);
    }

    Written withCount(long n) {
      return new Written(text, form, type, rule, n);
    }
  }

  /**
   * @param acronyms the spelling-free forms under which some article of its own abbreviates the
   *     entity ("amd" from "Advanced Micro Devices … AMD"), which a lone acronym elsewhere joins
   */
  record Decision(String key, String name, String type, List<String> aliases, List<String> joins,
      List<String> acronyms) {}

  static Decision decide(String key, String currentName, List<Written> written) {
    Map<String, Long> byType = new HashMap<>();
    Map<String, Map<String, Long>> textsByForm = new HashMap<>();
    Map<String, Map<String, Long>> rulesByForm = new HashMap<>();
    Map<String, Long> nameTexts = new HashMap<>();
    TreeSet<String> acronyms = new TreeSet<>();
    String keyForm = Identity.formOfKey(key);
    for (Written w : written) {
      if (Identity.ACRONYM.equals(w.rule())) {
        acronyms.add(w.formOrText());
      }
      if (w.type() != null) {
        byType.merge(w.type(), w.count(), Long::sum);
      }
      String form = w.formOrText();
      String bare = NameForms.withoutHonorifics(w.text());
      if (form.equals(keyForm) || NameForms.form(bare).equals(keyForm)) {
        nameTexts.merge(bare, w.count(), Long::sum);
      } else {
        textsByForm.computeIfAbsent(form, f -> new HashMap<>()).merge(w.text(), w.count(), Long::sum);
        if (w.rule() != null) {
          rulesByForm.computeIfAbsent(form, f -> new HashMap<>()).merge(w.rule(), w.count(), Long::sum);
        }
      }
    }
    String name = nameTexts.isEmpty() ? currentName : best(nameTexts);
    String type = byType.entrySet().stream()
        .max(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue())
            .thenComparing(e -> -typeOrder(e.getKey())))
        .map(Map.Entry::getKey).orElse(EntityType.OTHER.label());
    List<String> forms = new ArrayList<>(textsByForm.keySet());
    Map<String, Long> formTotals = new HashMap<>();
    textsByForm.forEach((f, texts) -> formTotals.put(f, texts.values().stream().mapToLong(Long::longValue).sum()));
    forms.sort(Comparator.comparingLong((String f) -> -formTotals.get(f)).thenComparing(f -> best(textsByForm.get(f))));
    List<String> aliases = new ArrayList<>();
    List<String> joins = new ArrayList<>();
    for (String f : forms.subList(0, Math.min(forms.size(), MAX_ALIASES))) {
      aliases.add(best(textsByForm.get(f)));
      Map<String, Long> rules = rulesByForm.get(f);
      joins.add(rules == null ? Identity.IN_ARTICLE : rules.entrySet().stream()
          .max(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue())
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .orElseThrow().getKey());
    }
    return new Decision(key, name, type, aliases, joins, List.copyOf(acronyms));
  }

  /** The most frequent text; mixed case before ALL CAPS, then alphabetical. */
  private static String best(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .max(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue())
            .thenComparing(e -> !isAllCaps(e.getKey()))
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow().getKey();
  }

  private static boolean isAllCaps(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    return letters > 3 && text.codePoints().noneMatch(Character::isLowerCase);
  }

  private static int typeOrder(String label) {
    for (EntityType t : EntityType.values()) {
      if (t.label().equals(label)) {
        return t.ordinal();
      }
    }
    return EntityType.values().length;
  }
}
