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
 */
final class EntityRefresh {

  /** Aliases kept per entity, most frequent first: a hub's long tail of spellings says little. */
  static final int MAX_ALIASES = 50;

  private static final String READ = """
      UNWIND $keys AS key
      MATCH (e:Entity {key: key})<-[m:MENTIONS]-()
      WITH e, m.text AS text, m.form AS form, m.type AS type,
          CASE WHEN m.joinedFrom IS NULL THEN m.rule WHEN m.joinedBy = 'acronym' THEN $acronym ELSE $surname END
              AS rule,
          count(*) AS n
      RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases, e.joins AS joins,
          e.acronyms AS acronyms, collect([text, form, type, rule, n]) AS written""";

  private static final String SET_NAMES = """
      UNWIND $rows AS row
      MATCH (e:Entity {key: row.key})
      SET e.name = row.name, e.aliases = row.aliases, e.joins = row.joins, e.acronyms = row.acronyms""";

  private static final String SET_TYPES = """
      UNWIND $rows AS row
      MATCH (e:Entity {key: row.key})
      REMOVE e:Person:Organization:Location:Other
      SET e:$(row.type), e.type = row.type""";

  private EntityRefresh() {}

  static List<String> statements() {
    return List.of(READ, SET_NAMES, SET_TYPES);
  }

  /** Refreshes the entities with these keys (absent ones are skipped). */
  static void refresh(TransactionContext tx, Collection<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    List<Map<String, Object>> names = new ArrayList<>();
    List<Map<String, Object>> types = new ArrayList<>();
    for (Record r : tx.run(READ, Map.of("keys", List.copyOf(new TreeSet<>(keys)), "surname", Identity.SURNAME,
        "acronym", Identity.ACRONYM_ACROSS)).list()) {
      Decision d = decide(r.get("key").asString(), r.get("name").asString(),
          r.get("written").asList(v -> new Written(v.get(0).asString(), v.get(1).asString(null),
              v.get(2).asString(null), v.get(3).asString(null), v.get(4).asLong())));
      if (!d.name().equals(r.get("name").asString()) || !d.aliases().equals(strings(r.get("aliases")))
          || !d.joins().equals(strings(r.get("joins"))) || !d.acronyms().equals(strings(r.get("acronyms")))) {
        names.add(Map.of("key", d.key(), "name", d.name(), "aliases", d.aliases(), "joins", d.joins(),
            "acronyms", d.acronyms()));
      }
      if (!d.type().equals(r.get("type").asString(null))) {
        types.add(Map.of("key", d.key(), "type", d.type()));
      }
    }
    if (!names.isEmpty()) {
      tx.run(SET_NAMES, Map.of("rows", names)).consume();
    }
    if (!types.isEmpty()) {
      tx.run(SET_TYPES, Map.of("rows", types)).consume();
    }
  }

  private static List<String> strings(Value v) {
    return v.isNull() ? List.of() : v.asList(Value::asString);
  }

  /** How often a mention was written {@code text}, under one type and rule. */
  record Written(String text, String form, String type, String rule, long count) {
    String formOrText() {
      return form != null ? form : NameForms.form(text);
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
