package org.newsgraph.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Predicate;
import org.newsgraph.extract.Relation;
import org.newsgraph.ingest.Article;

/**
 * The generated rows of {@code bench load}: (subject, object) pairs of person keys drawn with a
 * fixed seed, and the same pairs as extracted articles for the loader.
 */
final class BenchRows {

  private BenchRows() {}

  /** {@code n} pairs ({@code from}, {@code to}) of distinct keys out of {@code keys}, seed 42. */
  static List<Map<String, Object>> pairs(int n, int keys, String prefix) {
    Random random = new Random(42);
    List<Map<String, Object>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int a = random.nextInt(keys);
      int b = random.nextInt(keys - 1);
      out.add(Map.of("from", key(prefix, a), "to", key(prefix, b >= a ? b + 1 : b)));
    }
    return out;
  }

  private static String key(String prefix, int i) {
    return String.format(Locale.ROOT, "person:%s %07d", prefix, i);
  }

  /**
   * The pairs as articles of {@code perArticle} relations: each relation in its own sentence, each
   * end an entity of the article. The articles carry no sentence text and no mentions.
   */
  static List<ExtractedArticle> articles(List<Map<String, Object>> pairs, int perArticle, String prefix) {
    Predicate rel = new Predicate("rel", "rel", "rel", "REL", false);
    List<ExtractedArticle> out = new ArrayList<>();
    for (int from = 0; from < pairs.size(); from += perArticle) {
      String id = String.format(Locale.ROOT, "%s:%07d", prefix, out.size());
      Article article = new Article(id, null, id, List.of(), null, null, "bench", null, "", id);
      Map<String, Entity> named = new LinkedHashMap<>();
      List<Relation> relations = new ArrayList<>();
      List<Map<String, Object>> slice = pairs.subList(from, Math.min(pairs.size(), from + perArticle));
      for (int i = 0; i < slice.size(); i++) {
        Argument a = argument((String) slice.get(i).get("from"), named);
        Argument b = argument((String) slice.get(i).get("to"), named);
        relations.add(new Relation(i, a, rel, b, 0.5, null, null));
      }
      out.add(new ExtractedArticle(article, List.of(), List.copyOf(named.values()), List.of(), relations, List.of()));
    }
    return out;
  }

  private static Argument argument(String key, Map<String, Entity> named) {
    String name = key.substring(key.indexOf(':') + 1); // "bench 0000042"; the loader keys it entity:bench0000042
    named.computeIfAbsent(key, k -> new Entity(k, name, EntityType.PERSON, List.of(), List.of(), 1));
    return new Argument(key, name, EntityType.PERSON.label());
  }
}
