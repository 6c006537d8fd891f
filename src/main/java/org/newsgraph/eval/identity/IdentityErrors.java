package org.newsgraph.eval.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The graph's most frequent identity errors over the covered mentions: gold chains whose
 * mentions went to several graph entities (shown with what the graph mentions say, which is why
 * their keys differ), and graph entities that hold several gold chains (shown with what the gold
 * mentions say, which is who was joined). Largest first: most mentions outside the biggest part.
 *
 * @param splitChains gold chains split over several graph entities
 * @param joiningEntities graph entities that join several gold chains
 */
public record IdentityErrors(List<Group> splitChains, List<Group> joiningEntities) {

  /** How many surfaces to show per part. */
  private static final int SURFACES = 3;

  /**
   * A gold chain or a graph entity and how its mentions divide.
   *
   * @param id the chain id or the entity key
   * @param mentions its covered mentions
   * @param parts the entities (or chains) they went to, largest first
   */
  public record Group(String id, int mentions, List<Part> parts) {
    public Group {
      parts = List.copyOf(parts);
    }

    int outsideLargest() {
      return mentions - parts.get(0).mentions();
    }
  }

  /** @param surfaces a few of the part's distinct surfaces, most frequent first */
  public record Part(String id, int mentions, List<String> surfaces) {
    public Part {
      surfaces = List.copyOf(surfaces);
    }
  }

  public IdentityErrors {
    splitChains = List.copyOf(splitChains);
    joiningEntities = List.copyOf(joiningEntities);
  }

  public static IdentityErrors of(List<AlignedMention> covered, int top) {
    return new IdentityErrors(
        groups(covered, a -> a.gold().chain(), a -> a.graph().entityKey(), a -> a.graph().text(), top),
        groups(covered, a -> a.graph().entityKey(), a -> a.gold().chain(), AlignedMention::goldText, top));
  }

  private static List<Group> groups(List<AlignedMention> covered, Function<AlignedMention, String> group,
      Function<AlignedMention, String> part, Function<AlignedMention, String> surface, int top) {
    Map<String, Map<String, List<String>>> byGroup = new LinkedHashMap<>();
    for (AlignedMention a : covered) {
      byGroup.computeIfAbsent(group.apply(a), k -> new LinkedHashMap<>())
          .computeIfAbsent(part.apply(a), k -> new ArrayList<>()).add(surface.apply(a));
    }
    List<Group> out = new ArrayList<>();
    byGroup.forEach((id, parts) -> {
      if (parts.size() > 1) {
        List<Part> list = new ArrayList<>();
        parts.forEach((p, surfaces) -> list.add(new Part(p, surfaces.size(), frequent(surfaces))));
        list.sort(Comparator.comparingInt(Part::mentions).reversed().thenComparing(Part::id));
        out.add(new Group(id, list.stream().mapToInt(Part::mentions).sum(), list));
      }
    });
    out.sort(Comparator.comparingInt(Group::outsideLargest).reversed()
        .thenComparing(Comparator.comparingInt(Group::mentions).reversed()).thenComparing(Group::id));
    return out.subList(0, Math.min(top, out.size()));
  }

  private static List<String> frequent(List<String> surfaces) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    surfaces.forEach(s -> counts.merge(s, 1, Integer::sum));
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(surfaces));
    distinct.sort(Comparator.comparingInt((String s) -> -counts.get(s)));
    return distinct.subList(0, Math.min(SURFACES, distinct.size()));
  }
}
