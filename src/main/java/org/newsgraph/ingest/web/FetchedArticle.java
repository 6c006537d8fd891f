package org.newsgraph.ingest.web;

import java.net.URI;
import java.util.Objects;
import org.newsgraph.ingest.Article;

/**
 * An article that a poll produced, with what to remember about its page once it is committed.
 *
 * <p>An item whose page could not be had is loaded from its feed description, under the item's
 * link as id; when its page comes later, the page's canonical URL may be another id. So an
 * article made from the page names the article its description gives ({@code standIn}, when the
 * ids differ), which the feed source removes once the page's article is committed, if it is still
 * loaded with exactly that content.
 *
 * @param article the article, from the page or, when the page failed, from the feed item
 * @param pageUri the item's link as requested, the key to store {@code validators} under; null
 *     for an item without a link
 * @param validators the page's validators; {@link Validators#NONE} for an article made from the
 *     feed item, so that the page is fetched in full next time
 * @param standIn for an article made from a page, the one its item's description gives when
 *     that has another id and some text; else null
 */
public record FetchedArticle(Article article, URI pageUri, Validators validators, StandIn standIn) {

  /** The article an item's description gives: its id and content hash. */
  public record StandIn(String id, String sha256) {}


  public FetchedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(validators, "validators");
  }
}
