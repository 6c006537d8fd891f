package org.newsgraph.ingest.web;

/**
 * What a server said identifies the version it sent, for asking next time whether it changed
 * (a conditional GET). Either part may be null when the server did not send it.
 *
 * @param etag the {@code ETag} response header, as sent (quotes and {@code W/} included)
 * @param lastModified the {@code Last-Modified} response header, as sent
 */
public record Validators(String etag, String lastModified) {

  /** Nothing known: the next request is unconditional. */
  public static final Validators NONE = new Validators(null, null);

  public Validators {
    etag = blankToNull(etag);
    lastModified = blankToNull(lastModified);
  }

  /** True when there is something to send in a conditional request. */
  public boolean any() {
    return etag != null || lastModified != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
