package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.ResolvedMention;
import org.newsgraph.extract.SentenceText;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.BodySignature;

/**
 * An extracted article as parameter rows for the fixed write statements: plain maps of strings,
 * numbers and lists, with nodes sorted by key so that concurrent writers lock in the same order.
 */
record GraphRows(
    Map<String, Object> article,
    List<Map<String, Object>> sentences,
    List<Map<String, Object>> entities,
    List<Map<String, Object>> concepts,
    List<Map<String, Object>> mentions,
    List<Map<String, Object>> entityRelations,
    List<Map<String, Object>> conceptRelations) {

  static String sentenceId(String articleId, int index) {
    return articleId + "#" + index;
  }

  static GraphRows of(ExtractedArticle x) {
    Article a = x.article();
    Map<String, Object> article = new HashMap<>();
    article.put("id", a.id());
    article.put("url", a.url());
    article.put("title", a.title());
    article.put("authors", a.authors());
    article.put("published", a.published());
    article.put("updated", a.updated());
    article.put("source", a.source());
    article.put("caption", a.caption());
    article.put("sha256", a.sha256());
    BodySignature signature = BodySignature.of(a.body());
    article.put("signature", signature == null ? null : signature.toList());

    List<Map<String, Object>> sentences = new ArrayList<>();
    for (SentenceText s : x.sentences()) {
      sentences.add(Map.of("id", sentenceId(a.id(), s.index()), "index", s.index(), "text", s.text(),
          "start", s.start(), "end", s.end()));
    }
    List<Map<String, Object>> entities = new ArrayList<>();
    x.entities().stream().sorted(Comparator.comparing(Entity::key)).forEach(e -> entities.add(Map.of(
        "key", e.key(), "name", e.name(), "type", e.type().label(), "aliases", e.aliases(), "titles", e.titles())));
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (ResolvedMention m : x.mentions()) {
      SentenceText s = x.sentences().get(m.mention().sentence());
      String written = s.text().substring(m.mention().charStart() - s.start(), m.mention().charEnd() - s.start());
      mentions.add(Map.of("sentenceId", sentenceId(a.id(), m.mention().sentence()), "key", m.entityKey(),
          "start", m.mention().charStart(), "end", m.mention().charEnd(), "text", written));
    }
    Set<String> entityKeys = new HashSet<>();
    x.entities().forEach(e -> entityKeys.add(e.key()));
    Map<String, Map<String, Object>> concepts = new TreeMap<>();
    List<Map<String, Object>> toEntities = new ArrayList<>();
    List<Map<String, Object>> toConcepts = new ArrayList<>();
    for (Relation r : x.relations()) {
      requireEntity(r.subject(), entityKeys, a);
      if (r.object().isConcept()) {
        concepts.putIfAbsent(r.object().key(), Map.of("key", r.object().key(), "name", r.object().name()));
        toConcepts.add(relation(r, a));
      } else {
        requireEntity(r.object(), entityKeys, a);
        toEntities.add(relation(r, a));
      }
    }
    return new GraphRows(article, sentences, entities, List.copyOf(concepts.values()), mentions, toEntities, toConcepts);
  }

  /** A relation's ends with its type, and its properties one by one, as the write statements name them. */
  private static Map<String, Object> relation(Relation r, Article a) {
    Map<String, Object> row = new HashMap<>();
    row.put("from", r.subject().key());
    row.put("to", r.object().key());
    row.put("type", r.predicate().type());
    row.put("sentenceId", sentenceId(a.id(), r.sentence()));
    row.put("articleId", a.id());
    row.put("text", r.predicate().text());
    row.put("lemma", r.predicate().lemma());
    row.put("verb", r.predicate().verb());
    row.put("negated", r.predicate().negated());
    row.put("confidence", r.confidence());
    row.put("date", r.date());
    row.put("place", r.place());
    return row;
  }

  /**
   * An entity end of a relation is one of the article's entities, which are merged in the same
   * transaction: otherwise the relation would be lost, or kept only when another article happened
   * to load that entity first.
   */
  private static void requireEntity(Argument end, Set<String> entityKeys, Article a) {
    if (!entityKeys.contains(end.key())) {
      throw new IllegalArgumentException("article " + a.id() + ": a relation's end is not among its entities: " + end.key());
    }
  }
}
