package org.newsgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.identity.Identity;

/**
 * A user's corrections of identity, kept in the graph as {@code (:IdentityRule {key, kind, name,
 * entity, entityName})} so that every loader of the store follows them:
 *
 * <ul>
 *   <li>{@code same}: the name is the entity ("Blair" is Tony Blair). What the name's own entity
 *       holds moves to the entity now, and every article written later that names it is written
 *       to the entity.
 *   <li>{@code apart}: the name is not the entity. A surname join between them is undone now and
 *       never made again.
 * </ul>
 */
public final class IdentityRules {

  public enum Kind { SAME, APART }

  /** A rule as the user gave it. */
  public record Rule(Kind kind, String name, String entityKey, String entityName) {}

  /** What applying a rule did. */
  public record Applied(Rule rule, boolean merged, boolean separated, String message) {}

  private static final String ALL = """
      MATCH (r:IdentityRule)
      RETURN r.kind AS kind, r.name AS name, r.entity AS entity, r.entityName AS entityName ORDER BY r.key""";

  private static final String SAME_FOR = """
      UNWIND $keys AS key
      MATCH (r:IdentityRule {key: 'same:' + key})
      RETURN key, r.entity AS entity, r.entityName AS entityName""";

  private static final String APART_FOR = """
      MATCH (r:IdentityRule) WHERE r.key STARTS WITH 'apart:' + $key + '>'
      RETURN r.entity AS entity""";

  private static final String PUT = """
      MERGE (r:IdentityRule {key: $key})
      SET r.kind = $kind, r.name = $name, r.entity = $entity, r.entityName = $entityName, r.createdAt = datetime()""";

  private static final String DROP = "MATCH (r:IdentityRule {key: $key}) DELETE r RETURN count(*) AS n";

  private static final String ENTITY = "MATCH (e:Entity {key: $key}) RETURN e.name AS name";

  private static final String ANY = "MATCH (r:IdentityRule) RETURN count(r) > 0 AS any";

  private final Driver driver;
  private final SessionConfig sessionConfig;

  public IdentityRules(Driver driver, String database) {
    this.driver = driver;
    this.sessionConfig = database == null || database.isBlank() ? SessionConfig.defaultConfig()
        : SessionConfig.forDatabase(database);
  }

  static List<String> statements() {
    return List.of(SAME_FOR, APART_FOR, PUT, DROP, ENTITY, ANY);
  }

  /** The key of the entity a name stands for: a key as given ("entity:…"), or the key its name gets. */
  public static String keyOf(String nameOrKey) {
    return nameOrKey.startsWith("entity:") ? nameOrKey : Identity.of(nameOrKey).key();
  }

  /** The rules of the store, in key order. */
  public List<Rule> all() {
    try (Session session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> tx.run(ALL).list(r -> new Rule(
          Kind.valueOf(r.get("kind").asString()), r.get("name").asString(), r.get("entity").asString(),
          r.get("entityName").asString())));
    }
  }

  /**
   * Records that {@code name} is (SAME) or is not (APART) the entity {@code entity} (a name or a
   * key of an existing entity) and applies it to what is loaded, in one transaction.
   *
   * @throws IllegalArgumentException when the entity does not exist or the name is the entity's own
   */
  public Applied apply(Kind kind, String name, String entity) {
    String nameKey = keyOf(name);
    String entityKey = keyOf(entity);
    if (nameKey.equals(entityKey)) {
      throw new IllegalArgumentException("\"" + name + "\" is the name of " + entityKey + " itself");
    }
    try (Session session = driver.session(sessionConfig)) {
      return session.executeWrite(tx -> {
        var found = tx.run(ENTITY, Map.of("key", entityKey)).list();
        if (found.isEmpty()) {
          throw new IllegalArgumentException("no entity " + entityKey + " (from \"" + entity + "\")");
        }
        String entityName = found.get(0).get("name").asString();
        Rule rule = new Rule(kind, name, entityKey, entityName);
        return kind == Kind.SAME ? same(tx, rule, nameKey) : apart(tx, rule, nameKey);
      });
    }
  }

  private static Applied same(TransactionContext tx, Rule rule, String nameKey) {
    tx.run(DROP, Map.of("key", apartKey(nameKey, rule.entityKey()))).consume();
    put(tx, "same:" + nameKey, rule);
    boolean merged = EntityMerge.merge(tx, nameKey, rule.entityKey(), Identity.USER_RULE);
    SurnameJoins.reconcileSurnames(tx, List.of(nameKey));
    return new Applied(rule, merged, false, merged
        ? "merged " + nameKey + " into " + rule.entityKey() + "; articles loaded later that name \"" + rule.name()
            + "\" are written to it"
        : "no entity " + nameKey + " now; articles loaded later that name \"" + rule.name() + "\" are written to "
            + rule.entityKey());
  }

  private static Applied apart(TransactionContext tx, Rule rule, String nameKey) {
    boolean wasSame = tx.run(DROP, Map.of("key", "same:" + nameKey)).single().get("n").asLong() > 0;
    put(tx, apartKey(nameKey, rule.entityKey()), rule);
    long joined = tx.run("""
        MATCH (e:Entity {key: $entity})<-[m:MENTIONS]-() WHERE m.joinedFrom = $short RETURN count(m) AS n""",
        Map.of("entity", rule.entityKey(), "short", nameKey)).single().get("n").asLong();
    SurnameJoins.reconcileSurnames(tx, List.of(nameKey));
    String message;
    if (joined > 0) {
      message = "separated " + nameKey + " (" + joined + " mention(s) joined by surname) from " + rule.entityKey();
    } else if (wasSame) {
      message = "removed the rule that merged \"" + rule.name() + "\" into " + rule.entityKey()
          + "; what it merged stays, articles loaded later keep \"" + rule.name() + "\" apart";
    } else {
      message = "\"" + rule.name() + "\" was not joined to " + rule.entityKey()
          + " by surname; it will not be from now on";
    }
    return new Applied(rule, false, joined > 0, message);
  }

  private static void put(TransactionContext tx, String key, Rule rule) {
    tx.run(PUT, Map.of("key", key, "kind", rule.kind().name(), "name", rule.name(), "entity", rule.entityKey(),
        "entityName", rule.entityName())).consume();
  }

  private static String apartKey(String nameKey, String entityKey) {
    return "apart:" + nameKey + ">" + entityKey;
  }

  /** Whether the store holds any rule: a load without one (nearly all) looks none up. */
  static boolean any(SimpleQueryRunner tx) {
    return tx.run(ANY).single().get("any").asBoolean();
  }

  /** For the keys given, the entity each must be written to by a SAME rule (keys without one are absent). */
  static Map<String, Rule> sameFor(SimpleQueryRunner tx, List<String> keys) {
    Map<String, Rule> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    tx.run(SAME_FOR, Map.of("keys", keys)).forEachRemaining(r -> out.put(r.get("key").asString(),
        new Rule(Kind.SAME, r.get("key").asString(), r.get("entity").asString(), r.get("entityName").asString())));
    return out;
  }

  /** The entities a surname entity must not join. */
  static List<String> apartFrom(SimpleQueryRunner tx, String shortKey) {
    return tx.run(APART_FOR, Map.of("key", shortKey)).list(r -> r.get("entity").asString());
  }
}
