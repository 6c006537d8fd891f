package org.newsgraph.eval.identity;

import java.util.function.Function;
import org.newsgraph.eval.entities.Surface;

/**
 * The ways of deciding which mentions are one entity that are scored side by side: the graph's
 * own entities, and two baselines on the same mentions that look only at the words the graph
 * mention is written with.
 */
public enum IdentitySystem {

  /** The graph: the key of the entity the mention points at. */
  NEWSGRAPH(a -> a.graph().entityKey()),
  /** Same written name, same entity: lower case, spaces collapsed, punctuation and a possessive at the ends dropped. */
  EXACT(a -> Surface.key(a.graph().text())),
  /** Same last word (lower case) of the written name, same entity. */
  HEAD(a -> lastWord(Surface.key(a.graph().text())));

  private final Function<AlignedMention, String> entity;

  IdentitySystem(Function<AlignedMention, String> entity) {
    this.entity = entity;
  }

  /** The entity this system gives the mention. */
  public String entity(AlignedMention m) {
    return entity.apply(m);
  }

  public ScoredMention scored(AlignedMention m) {
    return new ScoredMention(m.gold().document(), m.gold().chain(), entity(m));
  }

  static String lastWord(String key) {
    return key.substring(key.lastIndexOf(' ') + 1);
  }
}
