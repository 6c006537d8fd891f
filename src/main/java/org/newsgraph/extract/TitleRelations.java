package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * Relations that a title states without a verb: "Russian President Vladimir Putin" says that Putin
 * is president of Russia (PRESIDENT_OF), "North Korean leader Kim Jong Un" that Kim leads North
 * Korea (LEADER_OF). The place must be named right before the title.
 *
 * <p>Input: an article's sentences and resolved mentions. Output: relations. Stateless.
 */
final class TitleRelations {

  private static final double CONFIDENCE = 0.85;
  private static final java.util.Set<String> PAST_OR_PARTIAL = java.util.Set.of(
      "former", "ex", "ex-", "late", "then", "assistant", "deputy", "acting", "interim");

  List<Relation> find(List<AnnotatedSentence> sentences, List<ResolvedMention> mentions, Map<String, Entity> entities) {
    Map<String, Relation> out = new LinkedHashMap<>();
    for (ResolvedMention titled : mentions) {
      Mention m = titled.mention();
      if (m.title() == null || m.titleOf() == null) {
        continue;
      }
      int qualifierEnd = m.start() - m.title().split("\\s+").length;
      for (ResolvedMention place : mentions) {
        Mention q = place.mention();
        Entity of = entities.get(place.entityKey());
        if (q.sentence() != m.sentence() || q.end() != qualifierEnd
            || of.type() != EntityType.LOCATION && of.type() != EntityType.ORGANIZATION) {
          continue;
        }
        if (q.start() > 0 && PAST_OR_PARTIAL.contains(sentences.get(m.sentence()).token(q.start() - 1).text()
            .toLowerCase(Locale.ROOT))) {
          continue; // "Former White House spokesman", "Assistant Treasury Secretary": not this role, or not now
        }
        Entity who = entities.get(titled.entityKey());
        String role = RelationTypes.role(m.title());
        if (role == null) {
          continue; // "Colonel", "Sir", "Monday": an honorific or a word that is no role
        }
        String lemma = role + " of";
        AnnotatedSentence s = sentences.get(m.sentence());
        Predicate predicate = new Predicate(lemma, "be " + lemma, s.span(q.start(), m.start()), Predicate.typeOf(lemma),
            false);
        Relation r = new Relation(m.sentence(), argument(who), predicate, argument(of), CONFIDENCE, null, null);
        out.putIfAbsent(m.sentence() + " " + who.key() + " " + predicate.type() + " " + of.key(), r);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static Argument argument(Entity e) {
    return new Argument(e.key(), e.name(), e.type().label());
  }
}
