package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.identity.Identity;
import org.newsgraph.identity.NameForms;

/**
 * Brings a store written before entities were keyed by name alone ("person:ann reddy") to today's
 * keys ("entity:annreddy"): its mentions get the type, form and rule that today's loader writes,
 * each entity takes its new key or merges into the entity that already has it, and the entities
 * are refreshed. It works in small transactions and can stop at any point: what is left has an
 * old key and is taken up at the next start.
 */
final class IdentityMigration {

  private static final int BATCH = 500;

  // Old keys began with the type; STARTS WITH is answered by the key's index, so a start costs little.
  private static final String OLD = """
      UNWIND ['person:', 'organization:', 'location:', 'other:'] AS prefix
      MATCH (e:Entity) WHERE e.key STARTS WITH prefix
      WITH e ORDER BY e.key LIMIT $limit
      OPTIONAL MATCH (e)<-[m:MENTIONS]-()
      RETURN e.key AS key, e.name AS name, e.type AS type, collect(DISTINCT m.text) AS texts""";

  private static final String MARK_MENTIONS = """
      UNWIND $rows AS row
      MATCH (e:Entity {key: row.key})<-[m:MENTIONS]-()
      WITH row, m, [t IN row.texts WHERE t.text = m.text][0] AS t
      SET m.type = row.type, m.form = t.form, m.rule = t.rule""";

  private static final String RENAME = """
      MATCH (e:Entity {key: $old})
      WHERE NOT EXISTS { MATCH (:Entity {key: $key}) }
      SET e.key = $key, e.name = $name, e.lastWord = $lastWord
      RETURN count(e) AS renamed""";

  // Entities written before acronyms were learned across articles have no initials; "" marks a
  // name of two or more words without two initials, so that it is not read again.
  private static final String NO_INITIALS = """
      MATCH (e:Entity) WHERE e.initials IS NULL AND e.lastWord IS NOT NULL
      WITH e LIMIT $limit
      RETURN e.key AS key, e.name AS name""";

  private static final String SET_INITIALS = """
      UNWIND $rows AS row
      MATCH (e:Entity {key: row.key})
      SET e.initials = row.initials""";

  private IdentityMigration() {}

  /**
   * The statements, for the test of their plans; not NO_INITIALS, which reads the index of last
   * words whole (once per start: new entities get their initials when they are created).
   */
  static List<String> statements() {
    return List.of(OLD, MARK_MENTIONS, RENAME, SET_INITIALS);
  }

  /** Gives the entities of an older store their initials; returns how many there were. */
  static int addInitials(Session session) {
    return Batches.untilNone(session, tx -> {
      List<Map<String, Object>> rows = tx.run(NO_INITIALS, Map.of("limit", BATCH)).list(r -> {
        String initials = Identity.initials(r.get("name").asString());
        return Map.<String, Object>of("key", r.get("key").asString(), "initials", initials == null ? "" : initials);
      });
      if (!rows.isEmpty()) {
        tx.run(SET_INITIALS, Map.of("rows", rows)).consume();
      }
      return rows.size();
    });
  }

  /** Migrates what has old keys; returns how many old entities there were. */
  static int run(Session session) {
    return Batches.untilNone(session, IdentityMigration::batch);
  }

  private static int batch(TransactionContext tx) {
    List<Record> old = tx.run(OLD, Map.of("limit", BATCH)).list();
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Identity.Global> newKey = new LinkedHashMap<>();
    for (Record r : old) {
      String key = r.get("key").asString();
      String name = r.get("name").asString();
      String type = r.get("type").asString(EntityType.OTHER.label());
      EntityType localType = java.util.Arrays.stream(EntityType.values()).filter(t -> t.label().equals(type))
          .findFirst().orElse(EntityType.OTHER);
      Entity local = new Entity(key, name, localType, List.of(), List.of(), 1);
      List<Map<String, Object>> texts = new ArrayList<>();
      for (String text : r.get("texts").asList(v -> v.asString())) {
        texts.add(Map.of("text", text, "form", NameForms.form(text), "rule", Identity.rule(text, local, false)));
      }
      rows.add(Map.of("key", key, "type", type, "texts", texts));
      newKey.put(key, Identity.of(local));
    }
    if (!rows.isEmpty()) {
      tx.run(MARK_MENTIONS, Map.of("rows", rows)).consume();
    }
    TreeSet<String> touched = new TreeSet<>();
    for (Map.Entry<String, Identity.Global> e : newKey.entrySet()) {
      String key = e.getValue().key();
      Map<String, Object> params = new java.util.HashMap<>();
      params.put("old", e.getKey());
      params.put("key", key);
      params.put("name", e.getValue().name());
      params.put("lastWord", Identity.lastWord(e.getValue().name()));
      boolean renamed = tx.run(RENAME, params).single().get("renamed").asLong() > 0;
      if (!renamed) {
        EntityMerge.merge(tx, e.getKey(), key);
      }
      touched.add(key);
    }
    EntityRefresh.refresh(tx, touched);
    SurnameJoins.reconcile(tx, touched);
    return old.size();
  }
}
