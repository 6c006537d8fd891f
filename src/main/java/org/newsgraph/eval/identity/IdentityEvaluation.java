package org.newsgraph.eval.identity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Cross-article identity of the graph built from ECB+ documents, against ECB+'s gold chains:
 * which gold name mentions ({@link NameRule}) the graph covers ({@link Alignment}), and over those,
 * the graph's entities and the {@link IdentitySystem} baselines scored by {@link CrossDocumentPairs},
 * {@link BCubed} and {@link Muc}. Knows nothing of Neo4j: the graph comes in as each article's
 * analysed text and mentions.
 */
public final class IdentityEvaluation {

  /**
   * @param documents documents scored
   * @param notLoaded documents whose article is not in the graph
   * @param names gold name mentions
   * @param covered the name mentions a graph mention covers
   * @param uncovered how often each uncovered name (as printed) occurs, most frequent first
   * @param unplaced uncovered names in a paragraph that the article as read does not hold
   * @param chains gold chains among the covered mentions
   * @param crossDocumentChains of them, those with mentions in two or more documents
   * @param scores each system's scores over the covered mentions
   * @param errors the graph's largest splits and joins
   */
  public record Result(int documents, int notLoaded, int names, List<AlignedMention> covered,
      Map<String, Integer> uncovered, int unplaced, int chains, int crossDocumentChains,
      Map<IdentitySystem, IdentityScores> scores, IdentityErrors errors) {

    public Result {
      covered = List.copyOf(covered);
      uncovered = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(uncovered));
      scores = java.util.Collections.unmodifiableMap(new EnumMap<>(scores));
    }

    public double coverage() {
      return names == 0 ? 0 : (double) covered.size() / names;
    }
  }

  private IdentityEvaluation() {}

  /**
   * @param analysedText the text the pipeline analysed for a document id, empty when it is not in the graph
   * @param graphMentions the graph's mentions of a document's article
   * @param top how many splits and joins to keep
   */
  public static Result evaluate(EcbCorpus corpus, Function<String, Optional<String>> analysedText,
      Function<String, List<GraphMention>> graphMentions, int top) {
    Map<String, List<GoldMention>> byDocument = new LinkedHashMap<>();
    corpus.mentions().forEach(m -> byDocument.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m));
    int names = 0;
    int notLoaded = 0;
    int unplaced = 0;
    List<AlignedMention> covered = new ArrayList<>();
    Map<String, Integer> uncovered = new LinkedHashMap<>();
    for (EcbDocument d : corpus.documents()) {
      NameRule rule = corpus.nameRule(d);
      List<GoldMention> docNames = byDocument.getOrDefault(d.id(), List.of()).stream().filter(rule::isName).toList();
      names += docNames.size();
      EcbArticle article = EcbArticle.of(d);
      Optional<String> text = analysedText.apply(d.id());
      if (text.isEmpty()) {
        notLoaded++;
      }
      Alignment a = Alignment.of(article, rule, text.map(article::paragraphStarts).orElse(Map.of()), docNames,
          text.isEmpty() ? List.of() : graphMentions.apply(d.id()));
      covered.addAll(a.covered());
      unplaced += text.isEmpty() ? 0 : a.unplaced();
      a.uncovered().forEach(u -> uncovered.merge(u, 1, Integer::sum));
    }
    Map<IdentitySystem, IdentityScores> scores = new EnumMap<>(IdentitySystem.class);
    for (IdentitySystem s : IdentitySystem.values()) {
      scores.put(s, IdentityScores.of(covered.stream().map(s::scored).toList()));
    }
    return new Result(corpus.documents().size(), notLoaded, names, covered, mostFrequentFirst(uncovered),
        unplaced, chains(covered, 1), chains(covered, 2), scores, IdentityErrors.of(covered, top));
  }

  /** Gold chains whose covered mentions are in at least {@code documents} documents. */
  private static int chains(List<AlignedMention> covered, int documents) {
    Map<String, Set<String>> docs = new LinkedHashMap<>();
    covered.forEach(a -> docs.computeIfAbsent(a.gold().chain(), k -> new HashSet<>()).add(a.gold().document()));
    return (int) docs.values().stream().filter(s -> s.size() >= documents).count();
  }

  private static Map<String, Integer> mostFrequentFirst(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
