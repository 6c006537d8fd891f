package org.newsgraph.ingest.web;

import java.net.URI;
import java.util.Objects;
import org.newsgraph.ingest.Article;

/**
 * An article that a poll produced, with what to remember about its page once it is committed.
 *
 * @param article the article, from the page or, when the page failed, from the feed item
 * @param pageUri the item's link as requested, the key to store {@code validators} under; null
 *     for an item without a link
 * @param validators the page's validators; {@link Validators#NONE} for an article made from the
 *     feed item, so that the page is fetched in full next time
 */
public record FetchedArticle(Article article, URI pageUri, Validators validators) {

  public FetchedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(validators, "validators");
  }
}
