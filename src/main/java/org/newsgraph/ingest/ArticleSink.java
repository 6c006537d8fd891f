package org.newsgraph.ingest;

/** Where a format reader delivers what it finds in one file. */
interface ArticleSink {

  void article(Article article);

  /** A problem in the current file; {@code line} is 1-based, or 0 for the whole file. */
  void problem(int line, String message);
}
