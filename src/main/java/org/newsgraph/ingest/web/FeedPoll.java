package org.newsgraph.ingest.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What one poll of a feed brought.
 *
 * <p>Nothing of it has been remembered: store {@code feedValidators} and each article's
 * validators only after the articles are committed, or a crash in between would lose them for
 * good (the next poll would be told "not modified"). Failed items are in {@code problems} without
 * an article; if they should be tried again before the feed itself changes, don't store the
 * feed's validators while there are problems.
 *
 * @param feed the feed's URL as polled
 * @param notModified true when the server said the feed had not changed; then there are no
 *     articles
 * @param feedValidators the feed's validators, to remember once the articles are committed
 * @param articles the new or changed articles, in feed order, one per article id
 * @param unchanged how many items' pages the server said had not changed
 * @param problems items that failed or gave only their feed description, in feed order
 */
public record FeedPoll(
    URI feed,
    boolean notModified,
    Validators feedValidators,
    List<FetchedArticle> articles,
    int unchanged,
    List<ItemProblem> problems) {

  public FeedPoll {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(feedValidators, "feedValidators");
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
    if (unchanged < 0) {
      throw new IllegalArgumentException("unchanged must not be negative: " + unchanged);
    }
    if (notModified && !articles.isEmpty()) {
      throw new IllegalArgumentException("a feed that was not modified brings no articles");
    }
  }
}
