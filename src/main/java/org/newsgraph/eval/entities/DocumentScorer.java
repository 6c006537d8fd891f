package org.newsgraph.eval.entities;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the names found in documents against their gold names, per document: each distinct
 * (surface, type) of a document counts once, however often it is written. Surfaces compare by
 * {@link Surface#key}. Not thread-safe: add documents from one thread.
 */
public final class DocumentScorer {

  private record Key(String surface, String type) {}

  private final Map<String, Prf> typed = new HashMap<>();
  private Prf untyped = new Prf(0, 0, 0);
  private final Map<Key, Integer> misses = new HashMap<>();
  private final Map<Key, Integer> falsePositives = new HashMap<>();
  private final Map<Key, String> written = new HashMap<>();
  private int documents;

  public void add(List<TypedSurface> gold, List<TypedSurface> found) {
    documents++;
    Set<Key> g = keys(gold);
    Set<Key> f = keys(found);
    for (String type : TypedSurface.TYPES) {
      typed.merge(type, count(only(g, type), only(f, type)), Prf::plus);
    }
    typed.merge(EntityScores.ALL, count(g, f), Prf::plus);
    untyped = untyped.plus(count(surfaces(g), surfaces(f)));
    g.stream().filter(k -> !f.contains(k)).forEach(k -> misses.merge(k, 1, Integer::sum));
    f.stream().filter(k -> !g.contains(k)).forEach(k -> falsePositives.merge(k, 1, Integer::sum));
  }

  public EntityScores scores(int top) {
    return new EntityScores(documents, typed, untyped, mostFrequent(misses, top), mostFrequent(falsePositives, top));
  }

  private Set<Key> keys(List<TypedSurface> names) {
    Set<Key> out = new LinkedHashSet<>();
    for (TypedSurface n : names) {
      Key k = new Key(n.key(), n.type());
      if (!k.surface().isEmpty()) {
        out.add(k);
        written.putIfAbsent(k, n.text());
      }
    }
    return out;
  }

  private static Set<Key> only(Set<Key> keys, String type) {
    Set<Key> out = new LinkedHashSet<>();
    keys.stream().filter(k -> k.type().equals(type)).forEach(out::add);
    return out;
  }

  private static Set<String> surfaces(Set<Key> keys) {
    Set<String> out = new LinkedHashSet<>();
    keys.forEach(k -> out.add(k.surface()));
    return out;
  }

  private static <T> Prf count(Set<T> gold, Set<T> found) {
    int correct = (int) found.stream().filter(gold::contains).count();
    return new Prf(correct, found.size(), gold.size());
  }

  private List<EntityScores.Count> mostFrequent(Map<Key, Integer> counts, int top) {
    Map<Key, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<Key, Integer> e) -> -e.getValue())
            .thenComparing(e -> e.getKey().surface()).thenComparing(e -> e.getKey().type()))
        .limit(top)
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted.entrySet().stream()
        .map(e -> new EntityScores.Count(new TypedSurface(written.get(e.getKey()), e.getKey().type()), e.getValue()))
        .toList();
  }
}
