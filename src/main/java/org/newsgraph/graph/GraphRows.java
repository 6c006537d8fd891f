package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    Map<String, Map<String, Object>> concepts = new TreeMap<>();
    List<Map<String, Object>> toEntities = new ArrayList<>();
    List<Map<String, Object>> toConcepts = new ArrayList<>();
    for (Relation r : x.relations()) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("sentenceId", sentenceId(a.id(), r.sentence()));
      props.put("articleId", a.id());
      props.put("text", r.predicate().text());
      props.put("lemma", r.predicate().lemma());
      props.put("verb", r.predicate().verb());
      props.put("negated", r.predicate().negated());
      props.put("confidence", r.confidence());
      props.put("date", r.date());
      props.put("place", r.place());
      Map<String, Object> row = new HashMap<>();
      row.put("from", r.subject().key());
      row.put("to", r.object().key());
      row.put("type", r.predicate().type());
      row.put("sentenceId", props.get("sentenceId"));
      row.put("props", props);
      if (r.object().isConcept()) {
        concepts.putIfAbsent(r.object().key(), Map.of("key", r.object().key(), "name", r.object().name()));
        toConcepts.add(row);
      } else {
        toEntities.add(row);
      }
    }
    return new GraphRows(article, sentences, entities, List.copyOf(concepts.values()), mentions, toEntities, toConcepts);
  }
}
