package org.newsgraph.ingest.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.ingest.Article;

/**
 * The ingest stage for news feeds: polls one RSS or Atom feed and the pages its items link to.
 *
 * <p>Input: the feed's URL and the validators remembered so far. Output: a {@link FeedPoll}. The
 * feed is fetched conditionally; when the server says it has not changed, the poll ends there.
 * Otherwise every item's page is fetched conditionally (in feed order, each link once) and
 * extracted with {@link PageExtractor}; a page the server says has not changed is counted as
 * unchanged. Error policy: a failure of the feed itself (HTTP error, timeout, size, not a feed)
 * throws; a failure of one page (HTTP error, timeout, size, not HTML, no text, an extraction
 * that throws) is an {@link ItemProblem}, and the item's own description stands in for the page
 * when the feed has one. The poller never stores validators (see {@link FeedPoll}). An interrupt
 * stops the poll with a {@link FetchException}. Thread-safe when its {@link PoliteHttp} is.
 */
public final class FeedPoller {

  private final PoliteHttp http;
  private final FeedParser parser;
  private final PageExtractor extractor;

  public FeedPoller(PoliteHttp http) {
    this(http, new FeedParser(), new PageExtractor());
  }

  public FeedPoller(PoliteHttp http, FeedParser parser, PageExtractor extractor) {
    this.http = Objects.requireNonNull(http, "http");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * Polls the feed and the pages of its items.
   *
   * @throws FetchException when the feed can't be fetched, or the poll was interrupted
   * @throws BadFeedException when the feed's body is not an RSS or Atom feed
   */
  public FeedPoll poll(URI feed, ValidatorMemory memory) throws FetchException, BadFeedException {
    Response response = http.get(feed, memory.get(feed));
    if (response.notModified()) {
      return new FeedPoll(feed, true, response.validators(), List.of(), 0, List.of());
    }
    List<FeedItem> items = parser.parse(response.body(), response.finalUri());
    Poll poll = new Poll(feed.toString(), memory);
    Set<URI> seenLinks = new HashSet<>();
    for (FeedItem item : items) {
      if (item.link() == null || seenLinks.add(CanonicalUrl.normalise(item.link()))) {
        poll.item(item);
      }
    }
    return new FeedPoll(feed, false, response.validators(), poll.articles, poll.unchanged, poll.problems);
  }

  /** The state of one {@link #poll}. */
  private final class Poll {
    final String source;
    final ValidatorMemory memory;
    final List<FetchedArticle> articles = new ArrayList<>();
    final Set<String> articleIds = new HashSet<>();
    final List<ItemProblem> problems = new ArrayList<>();
    int unchanged;

    Poll(String source, ValidatorMemory memory) {
      this.source = source;
      this.memory = memory;
    }

    void item(FeedItem item) throws FetchException {
      if (item.link() == null) {
        useDescription(item, "the item has no link to an article page");
        return;
      }
      Response page;
      try {
        page = http.get(item.link(), memory.get(item.link()));
      } catch (FetchException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw e;
        }
        useDescription(item, e.getMessage());
        return;
      }
      if (page.notModified()) {
        unchanged++;
      } else if (!isHtml(page.contentType())) {
        useDescription(item, page.finalUri() + ": not an HTML page (" + page.contentType() + ")");
      } else {
        extract(item, page);
      }
    }

    private void extract(FeedItem item, Response page) {
      Article article;
      try {
        article = extractor.extract(page.body(), page.contentType(), page.finalUri(), item, source);
      } catch (RuntimeException e) {
        // One odd page must not cost the feed its other items on every poll.
        useDescription(item, page.finalUri() + ": could not extract the article (" + e + ")");
        return;
      }
      if (article.body().isEmpty()) {
        problems.add(new ItemProblem(item.label(), page.finalUri() + ": no article text on the page", false));
      } else {
        Article described = extractor.fromItem(item, source);
        FetchedArticle.StandIn standIn = described.id().equals(article.id()) || described.body().isEmpty()
            ? null : new FetchedArticle.StandIn(described.id(), described.sha256());
        add(new FetchedArticle(article, item.link(), page.validators(), standIn));
      }
    }

    private void useDescription(FeedItem item, String error) {
      Article article = extractor.fromItem(item, source);
      if (article.body().isEmpty()) {
        problems.add(new ItemProblem(item.label(), error, false));
      } else {
        problems.add(new ItemProblem(item.label(), error + "; used the feed's description instead", true));
        add(new FetchedArticle(article, item.link(), Validators.NONE, null));
      }
    }

    /** Two links can lead to one article (a redirect, a canonical URL); the first one counts. */
    private void add(FetchedArticle fetched) {
      if (articleIds.add(fetched.article().id())) {
        articles.add(fetched);
      }
    }
  }

  /** A missing Content-Type is given the benefit of the doubt; anything but HTML is not read. */
  private static boolean isHtml(String contentType) {
    if (contentType == null) {
      return true;
    }
    String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    return type.equals("text/html") || type.equals("application/xhtml+xml") || type.isEmpty();
  }
}
