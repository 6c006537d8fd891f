package org.newsgraph.ingest.web;

import java.util.Objects;

/**
 * A feed item whose page could not be read as it should.
 *
 * @param item the item's link, or its guid when it has none
 * @param error what went wrong, naming the URL, and what was done instead
 * @param described whether the item's description was loaded instead of its page (the item is
 *     in the graph), or the item was left out
 */
public record ItemProblem(String item, String error, boolean described) {

  public ItemProblem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(error, "error");
  }

  /** {@code item: error}, for a log line. */
  public String describe() {
    return error.startsWith(item) ? error : item + ": " + error;
  }
}
