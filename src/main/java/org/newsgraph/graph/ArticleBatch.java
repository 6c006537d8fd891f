package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rows of several articles merged into one set of parameters for one transaction: entities,
 * concepts and quotations once each, sorted by key (concurrent writers then lock shared nodes in
 * the same order and cannot deadlock); each article with its sentences and each sentence with its
 * mentions nested (one index look-up per article, not per row); relationships sorted by their
 * ends, which they name by position: {@code from} in the entities, {@code to} in the entities
 * followed by the concepts and then the quotations.
 *
 * <p>The result is the graph that writing the articles one by one, in order, gives: an entity is
 * created with the name and type of the first article that names it (its mentions then decide
 * both, see {@link EntityRefresh}), and its titles are the union in article order. Every
 * relation row is written: each is one fact of one article ({@link ArticleFacts}), and the
 * articles of a batch are distinct.
 */
record ArticleBatch(
    List<Map<String, Object>> articles,
    List<Map<String, Object>> entities,
    List<Map<String, Object>> concepts,
    List<Map<String, Object>> quotes,
    List<Map<String, Object>> relations) {

  static ArticleBatch of(List<GraphRows> rows) {
    List<Map<String, Object>> articles = new ArrayList<>();
    Map<String, EntityRow> entities = new TreeMap<>();
    Map<String, Map<String, Object>> concepts = new TreeMap<>();
    Map<String, Map<String, Object>> quotes = new TreeMap<>();
    List<Map<String, Object>> toEntities = new ArrayList<>();
    List<Map<String, Object>> toPhrases = new ArrayList<>();
    for (GraphRows r : rows) {
      articles.add(article(r));
      for (Map<String, Object> e : r.entities()) {
        entities.computeIfAbsent((String) e.get("key"), k -> new EntityRow(e)).add(e);
      }
      r.concepts().forEach(c -> concepts.putIfAbsent((String) c.get("key"), c));
      r.quotes().forEach(q -> quotes.putIfAbsent((String) q.get("key"), q));
      toEntities.addAll(r.entityRelations());
      toPhrases.addAll(r.phraseRelations());
    }
    List<String> phraseKeys = new ArrayList<>(concepts.keySet());
    phraseKeys.addAll(quotes.keySet());
    return new ArticleBatch(articles, entities.values().stream().map(EntityRow::toMap).toList(),
        List.copyOf(concepts.values()), List.copyOf(quotes.values()),
        byPosition(entities.keySet(), phraseKeys, toEntities, toPhrases));
  }

  /** The relations with their ends as positions (the entities, then the phrases), sorted by them. */
  private static List<Map<String, Object>> byPosition(Collection<String> entityKeys, Collection<String> phraseKeys,
      Collection<Map<String, Object>> toEntities, Collection<Map<String, Object>> toPhrases) {
    Map<String, Integer> entityAt = new HashMap<>();
    entityKeys.forEach(k -> entityAt.put(k, entityAt.size()));
    Map<String, Integer> phraseAt = new HashMap<>();
    phraseKeys.forEach(k -> phraseAt.put(k, entityKeys.size() + phraseAt.size()));
    List<Map<String, Object>> out = new ArrayList<>();
    toEntities.forEach(x -> out.add(positioned(x, entityAt, entityAt)));
    toPhrases.forEach(x -> out.add(positioned(x, entityAt, phraseAt)));
    out.sort(Comparator.comparing((Map<String, Object> x) -> (Integer) x.get("from"))
        .thenComparing(x -> (Integer) x.get("to")));
    return out;
  }

  /** A relation row whose ends are their positions among the batch's nodes instead of keys. */
  private static Map<String, Object> positioned(Map<String, Object> row, Map<String, Integer> from,
      Map<String, Integer> to) {
    Map<String, Object> out = new HashMap<>(row);
    out.put("from", from.get((String) row.get("from")));
    out.put("to", to.get((String) row.get("to")));
    return out;
  }

  /** The article's own properties, and its sentences each with its (distinct) mentions. */
  private static Map<String, Object> article(GraphRows r) {
    Map<String, Map<List<Object>, Map<String, Object>>> mentionsBySentence = new HashMap<>();
    for (Map<String, Object> m : r.mentions()) {
      mentionsBySentence.computeIfAbsent((String) m.get("sentenceId"), k -> new LinkedHashMap<>())
          .put(List.of(m.get("start"), m.get("key")), m);
    }
    List<Map<String, Object>> sentences = new ArrayList<>();
    for (Map<String, Object> s : r.sentences()) {
      Map<String, Object> sentence = new HashMap<>(s);
      var mentions = mentionsBySentence.getOrDefault((String) s.get("id"), Map.of());
      sentence.put("mentions", List.copyOf(mentions.values()));
      sentences.add(sentence);
    }
    Map<String, Object> article = new HashMap<>(r.article());
    article.put("sentences", sentences);
    return article;
  }

  /**
   * One entity over all the articles of a batch that name it: the first article's row, with the
   * titles of all of them in article order. The bulk import's files use it over a whole archive.
   */
  static final class EntityRow {
    private final Map<String, Object> first;
    private final Set<String> titles = new LinkedHashSet<>();

    EntityRow(Map<String, Object> first) {
      this.first = first;
    }

    @SuppressWarnings("unchecked")
    void add(Map<String, Object> e) {
      titles.addAll((List<String>) e.get("titles"));
    }

    Map<String, Object> toMap() {
      Map<String, Object> out = new HashMap<>(first);
      out.put("titles", List.copyOf(titles));
      return out;
    }
  }
}
