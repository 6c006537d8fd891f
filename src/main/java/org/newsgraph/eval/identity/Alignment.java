package org.newsgraph.eval.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gold name mentions of one article matched with the graph's mentions of it: a gold mention is
 * covered by the graph mention whose characters include its head's ({@link NameRule#headSpan});
 * when several do, the shortest. Stateless.
 *
 * @param covered the gold name mentions with their graph mention
 * @param uncovered the gold name mentions no graph mention covers, as printed in the article
 * @param unplaced how many of those are in a paragraph that the article as read does not hold
 */
public record Alignment(List<AlignedMention> covered, List<String> uncovered, int unplaced) {

  public Alignment {
    covered = List.copyOf(covered);
    uncovered = List.copyOf(uncovered);
  }

  /**
   * @param rule the name rule of the article's document
   * @param paragraphStarts where each sentence starts in the analysed text ({@link EcbArticle#paragraphStarts})
   * @param names the article's gold name mentions
   * @param graph the graph's mentions of the article
   */
  public static Alignment of(EcbArticle article, NameRule rule, Map<Integer, Integer> paragraphStarts,
      List<GoldMention> names, List<GraphMention> graph) {
    List<AlignedMention> covered = new ArrayList<>();
    List<String> uncovered = new ArrayList<>();
    int unplaced = 0;
    for (GoldMention m : names) {
      Integer offset = paragraphStarts.get(m.sentence());
      GraphMention best = null;
      if (offset == null) {
        unplaced++;
      } else {
        int[] head = rule.headSpan(article, m);
        for (GraphMention g : graph) {
          boolean shorter = best == null || g.end() - g.start() < best.end() - best.start();
          if (shorter && g.covers(offset + head[0], offset + head[1])) {
            best = g;
          }
        }
      }
      if (best == null) {
        uncovered.add(article.text(m));
      } else {
        covered.add(new AlignedMention(m, article.text(m), best));
      }
    }
    return new Alignment(covered, uncovered, unplaced);
  }
}
