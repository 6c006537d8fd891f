package org.newsgraph.schedule;

/** A source that cannot be read at all; the message names the source and the problem. */
public final class SourceException extends Exception {

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }

  public SourceException(String message) {
    super(message);
  }
}
