package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import org.newsgraph.ingest.Article;

/**
 * Everything extracted from one article, ready for the graph: its sentences, entities, the
 * mentions that tie entities to sentences, relations with their evidence sentence, and the
 * dates, amounts and percentages written in it.
 */
public record ExtractedArticle(
    Article article,
    List<SentenceText> sentences,
    List<Entity> entities,
    List<ResolvedMention> mentions,
    List<Relation> relations,
    List<Quantity> quantities) {
  public ExtractedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    relations = List.copyOf(relations);
    quantities = List.copyOf(quantities);
  }
}
