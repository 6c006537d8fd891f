package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import org.newsgraph.ingest.Article;

/**
 * Everything extracted from one article, ready for the graph: its sentences, entities, the
 * mentions that tie entities to sentences, relations with their evidence sentence, the
 * dates, amounts and percentages written in it, and the personal pronouns resolved to an entity
 * (which the graph does not store: they are there to measure coreference).
 */
public record ExtractedArticle(
    Article article,
    List<SentenceText> sentences,
    List<Entity> entities,
    List<ResolvedMention> mentions,
    List<Relation> relations,
    List<Quantity> quantities,
    List<ResolvedPronoun> pronouns) {
  public ExtractedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    relations = List.copyOf(relations);
    quantities = List.copyOf(quantities);
    pronouns = List.copyOf(pronouns);
  }

  /** An article whose pronouns are not known (built by hand, or outside the extractor). */
  public ExtractedArticle(Article article, List<SentenceText> sentences, List<Entity> entities,
      List<ResolvedMention> mentions, List<Relation> relations, List<Quantity> quantities) {
    this(article, sentences, entities, mentions, relations, quantities, List.of());
  }
}
