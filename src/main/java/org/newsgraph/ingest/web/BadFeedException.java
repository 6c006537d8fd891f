package org.newsgraph.ingest.web;

import java.net.URI;
import java.util.Objects;

/**
 * A feed's body that is not an RSS or Atom feed: HTML, malformed XML, an empty body or another
 * kind of XML. The message names the feed's URL and the problem.
 */
public final class BadFeedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final URI feedUri;

  BadFeedException(URI feedUri, String problem, Throwable cause) {
    super(Objects.requireNonNull(feedUri, "feedUri") + ": " + Objects.requireNonNull(problem, "problem"), cause);
    this.feedUri = feedUri;
  }

  /** The feed that could not be read. */
  public URI feedUri() {
    return feedUri;
  }
}
