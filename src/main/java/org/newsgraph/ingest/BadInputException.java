package org.newsgraph.ingest;

/** Content that can't become an article; the reader turns it into a {@link ReadProblem}. */
final class BadInputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;

  BadInputException(int line, String message) {
    super(message);
    this.line = line;
  }

  BadInputException(String message) {
    this(0, message);
  }

  /** 1-based line the problem is on, 0 when it concerns the whole file. */
  int line() {
    return line;
  }
}
