package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rows of several articles merged into one set of parameters for one transaction: entities
 * and concepts once each, sorted by key (concurrent writers then lock shared nodes in the same
 * order and cannot deadlock); each article with its sentences and each sentence with its
 * mentions nested (one index look-up per article, not per row); relationships sorted by their
 * ends.
 *
 * <p>The result is the graph that writing the articles one by one, in order, gives: an entity's
 * name and type come from the first article that names it, its labels, aliases and titles are the
 * union in article order, and a repeated mention or relation keeps its last properties (as
 * {@code MERGE … SET} would).
 */
record ArticleBatch(
    List<Map<String, Object>> articles,
    List<Map<String, Object>> entities,
    List<Map<String, Object>> concepts,
    List<Map<String, Object>> entityRelations,
    List<Map<String, Object>> conceptRelations) {

  static ArticleBatch of(List<GraphRows> rows) {
    List<Map<String, Object>> articles = new ArrayList<>();
    Map<String, EntityRow> entities = new TreeMap<>();
    Map<String, Map<String, Object>> concepts = new TreeMap<>();
    Map<List<Object>, Map<String, Object>> toEntities = new LinkedHashMap<>();
    Map<List<Object>, Map<String, Object>> toConcepts = new LinkedHashMap<>();
    for (GraphRows r : rows) {
      articles.add(article(r));
      for (Map<String, Object> e : r.entities()) {
        entities.computeIfAbsent((String) e.get("key"), k -> new EntityRow(e)).add(e);
      }
      r.concepts().forEach(c -> concepts.putIfAbsent((String) c.get("key"), c));
      r.entityRelations().forEach(x -> toEntities.put(relationKey(x), flat(x)));
      r.conceptRelations().forEach(x -> toConcepts.put(relationKey(x), flat(x)));
    }
    return new ArticleBatch(articles, entities.values().stream().map(EntityRow::toMap).toList(),
        List.copyOf(concepts.values()), sortedByEnds(toEntities), sortedByEnds(toConcepts));
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

  /** A relation row with its properties beside its ends, as the statement names them one by one. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> flat(Map<String, Object> row) {
    Map<String, Object> out = new HashMap<>((Map<String, Object>) row.get("props"));
    out.put("from", row.get("from"));
    out.put("to", row.get("to"));
    out.put("type", row.get("type"));
    return out;
  }

  private static List<Object> relationKey(Map<String, Object> row) {
    return List.of(row.get("from"), row.get("type"), row.get("sentenceId"), row.get("to"));
  }

  private static List<Map<String, Object>> sortedByEnds(Map<List<Object>, Map<String, Object>> rows) {
    List<Map<String, Object>> out = new ArrayList<>(rows.values());
    out.sort(Comparator.comparing((Map<String, Object> x) -> (String) x.get("from"))
        .thenComparing(x -> (String) x.get("to")));
    return out;
  }

  /** One entity over all the articles of the batch that name it. */
  private static final class EntityRow {
    private final Map<String, Object> first;
    private final Set<String> labels = new LinkedHashSet<>();
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> titles = new LinkedHashSet<>();

    EntityRow(Map<String, Object> first) {
      this.first = first;
    }

    @SuppressWarnings("unchecked")
    void add(Map<String, Object> e) {
      labels.add((String) e.get("type"));
      aliases.addAll((List<String>) e.get("aliases"));
      titles.addAll((List<String>) e.get("titles"));
    }

    Map<String, Object> toMap() {
      return Map.of("key", first.get("key"), "name", first.get("name"), "type", first.get("type"),
          "labels", List.copyOf(labels), "aliases", List.copyOf(aliases), "titles", List.copyOf(titles));
    }
  }
}
