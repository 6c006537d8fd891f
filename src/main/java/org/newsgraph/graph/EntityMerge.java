package org.newsgraph.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Makes two entities one: every relationship of the one that goes (mentions, facts, in and out)
 * moves to the one that stays with its type and properties, its titles join, and it is deleted.
 * The one that stays is then refreshed ({@link EntityRefresh}), so its type, name and aliases
 * count the mentions it gained.
 */
final class EntityMerge {

  private static final String MERGE = """
      MATCH (gone:Entity {key: $gone}), (kept:Entity {key: $kept})
      WHERE gone <> kept
      CALL (gone, kept) {
        MATCH (gone)-[r]-()
        WITH DISTINCT r, gone, kept
        WITH r, CASE WHEN startNode(r) = gone THEN kept ELSE startNode(r) END AS from,
            CASE WHEN endNode(r) = gone THEN kept ELSE endNode(r) END AS to
        CREATE (from)-[c:$(type(r))]->(to)
        SET c = properties(r)
        SET c.rule = CASE WHEN type(r) = 'MENTIONS' THEN coalesce($rule, r.rule) ELSE r.rule END
        DELETE r
      }
      SET kept.titles = coalesce(kept.titles, []) + [t IN coalesce(gone.titles, []) WHERE NOT t IN coalesce(kept.titles, [])]
      DETACH DELETE gone
      RETURN count(*) AS merged""";

  private EntityMerge() {}

  static List<String> statements() {
    return List.of(MERGE);
  }

  /** Moves everything of entity {@code gone} to entity {@code kept}; false when either is missing. */
  static boolean merge(TransactionContext tx, String gone, String kept) {
    return merge(tx, gone, kept, null);
  }

  /**
   * As {@link #merge(TransactionContext, String, String)}, and the moved mentions say they joined
   * by {@code rule} (null: they keep theirs).
   */
  static boolean merge(TransactionContext tx, String gone, String kept, String rule) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("gone", gone);
    params.put("kept", kept);
    params.put("rule", rule);
    boolean merged = tx.run(MERGE, params).single().get("merged").asLong() > 0;
    if (merged) {
      EntityRefresh.refresh(tx, List.of(kept));
    }
    return merged;
  }
}
