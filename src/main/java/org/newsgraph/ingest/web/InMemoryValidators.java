package org.newsgraph.ingest.web;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ValidatorMemory} in a map, for tests and for runs that need not survive a restart.
 * Thread-safe.
 */
public final class InMemoryValidators implements ValidatorMemory {

  private final Map<URI, Validators> byUri = new ConcurrentHashMap<>();

  @Override
  public Validators get(URI uri) {
    return byUri.getOrDefault(uri, Validators.NONE);
  }

  /** Remembers {@code validators} for {@code uri}; {@link Validators#NONE} forgets it. */
  public void put(URI uri, Validators validators) {
    Objects.requireNonNull(uri, "uri");
    if (validators == null || !validators.any()) {
      byUri.remove(uri);
    } else {
      byUri.put(uri, validators);
    }
  }

  /**
   * Remembers what a poll brought: the feed's validators and each page's. This is what a caller
   * does once the poll's articles are committed.
   */
  public void remember(FeedPoll poll) {
    put(poll.feed(), poll.feedValidators());
    for (FetchedArticle fetched : poll.articles()) {
      if (fetched.pageUri() != null) {
        put(fetched.pageUri(), fetched.validators());
      }
    }
  }
}
