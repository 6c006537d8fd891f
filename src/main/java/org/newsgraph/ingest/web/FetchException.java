package org.newsgraph.ingest.web;

import java.net.URI;
import java.util.Objects;

/**
 * A URL that could not be fetched. The message names the URL and the problem in plain words,
 * ready to show: {@code http://example.com/feed: HTTP 500}.
 */
public final class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  private final URI uri;
  private final String problem;
  private final int status;

  /** A failure with no HTTP status (connection, timeout, size, redirects). */
  public FetchException(URI uri, String problem) {
    this(uri, problem, 0, null);
  }

  FetchException(URI uri, String problem, int status, Throwable cause) {
    super(Objects.requireNonNull(uri, "uri") + ": " + Objects.requireNonNull(problem, "problem"), cause);
    this.uri = uri;
    this.problem = problem;
    this.status = status;
  }

  /** The URL whose fetch failed (the one requested, or the redirect target that failed). */
  public URI uri() {
    return uri;
  }

  /** The problem without the URL: {@code HTTP 500}, {@code no response within 15 s}. */
  public String problem() {
    return problem;
  }

  /** The HTTP status that failed the fetch, or 0 when the server sent none. */
  public int status() {
    return status;
  }
}
