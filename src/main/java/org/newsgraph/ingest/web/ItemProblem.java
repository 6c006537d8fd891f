package org.newsgraph.ingest.web;

import java.util.Objects;

/**
 * A feed item whose page could not be read as it should.
 *
 * @param item the item's link, or its guid when it has none
 * @param error what went wrong, naming the URL, and what was done instead
 */
public record ItemProblem(String item, String error) {

  public ItemProblem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(error, "error");
  }

  /** {@code item: error}, for a log line. */
  public String describe() {
    return error.startsWith(item) ? error : item + ": " + error;
  }
}
