package org.newsgraph.schedule;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.graph.IngestLedger;
import org.newsgraph.ingest.web.BadFeedException;
import org.newsgraph.ingest.web.FeedPoll;
import org.newsgraph.ingest.web.FeedPoller;
import org.newsgraph.ingest.web.FetchException;
import org.newsgraph.ingest.web.FetchedArticle;
import org.newsgraph.ingest.web.Validators;

/**
 * A watched RSS or Atom feed: each poll fetches the feed and the pages of its items, both
 * conditionally (ETag, Last-Modified), and loads the articles that are new or changed.
 *
 * <p>An item loaded from its description because its page failed is replaced by the page's
 * article when the page comes, even when the page's canonical URL is another id (see
 * {@link FetchedArticle}).
 *
 * <p>The validators are kept in the graph ({@code (:FetchState)}) and written only after the
 * loader has committed the articles they belong to: a page whose article failed to load is fetched
 * in full again next time, and the feed's own validators are kept back while any of its items
 * failed, so that those items are tried again even if the feed does not change.
 */
public final class FeedSource implements Source {

  private final URI feed;
  private final FeedPoller poller;
  private final IngestLedger ledger;
  private final Clock clock;

  public FeedSource(URI feed, FeedPoller poller, IngestLedger ledger, Clock clock) {
    this.feed = feed;
    this.poller = poller;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public String id() {
    return feed.toString();
  }

  @Override
  public String kind() {
    return "feed";
  }

  @Override
  public Poll poll(ArticleLoader loader) throws SourceException {
    FeedPoll poll;
    try {
      poll = poller.poll(feed, this::remembered);
    } catch (FetchException | BadFeedException e) {
      throw new SourceException(e.getMessage(), e);
    }
    List<String> failures = new ArrayList<>();
    List<String> fallbacks = new ArrayList<>();
    poll.problems().forEach(p -> (p.described() ? fallbacks : failures).add(p.describe()));
    if (poll.notModified()) {
      return new Poll(new ArticleLoader.Loaded(0, 0, 0, 0, List.of(), Set.of()), 0, failures, fallbacks);
    }
    ArticleLoader.Loaded loaded = loader.loadArticles(poll.articles().stream().map(FetchedArticle::article).toList());
    // A page's article replaces the one its item's description stood in for under another id.
    // When that fails, the page's validators are not kept, so that it is fetched and tried again.
    Set<String> notReplaced = new HashSet<>();
    for (FetchedArticle fetched : poll.articles()) {
      if (fetched.standIn() != null && !loaded.failedIds().contains(fetched.article().id())) {
        try {
          loader.removeIfContent(fetched.standIn().id(), fetched.standIn().sha256());
        } catch (RuntimeException e) {
          notReplaced.add(fetched.article().id());
          failures.add(fetched.standIn().id() + ": the article from the feed description was not replaced by "
              + fetched.article().id() + " (" + e.getMessage() + "); tried again at the next poll");
        }
      }
    }
    Map<String, String[]> committed = new LinkedHashMap<>();
    for (FetchedArticle fetched : poll.articles()) {
      String id = fetched.article().id();
      if (!loaded.failedIds().contains(id) && !notReplaced.contains(id) && fetched.validators().any()) {
        committed.put(fetched.pageUri().toString(), pair(fetched.validators()));
      }
    }
    if (loaded.failedIds().isEmpty() && notReplaced.isEmpty() && poll.problems().isEmpty()
        && poll.feedValidators().any()) {
      committed.put(feed.toString(), pair(poll.feedValidators()));
    }
    ledger.saveValidators(committed, clock.instant());
    return new Poll(loaded, poll.unchanged(), failures, fallbacks);
  }

  private Validators remembered(URI uri) {
    String[] v = ledger.validators(List.of(uri.toString())).get(uri.toString());
    return v == null ? Validators.NONE : new Validators(v[0], v[1]);
  }

  private static String[] pair(Validators v) {
    return new String[] {v.etag(), v.lastModified()};
  }
}
