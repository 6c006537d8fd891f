package org.newsgraph.ingest.web;

import java.net.URI;

/**
 * Where the validators of earlier fetches are kept, so that {@link FeedPoller} can ask servers
 * whether a feed or page changed. The poller only reads from it: the caller stores a poll's
 * validators once the articles that came with them are safely committed (see {@link FeedPoll}).
 * Implementations must be safe for the threads that poll.
 */
@FunctionalInterface
public interface ValidatorMemory {

  /** The validators remembered for {@code uri}, or {@link Validators#NONE} (or null) when none. */
  Validators get(URI uri);
}
