package org.newsgraph.graph;

import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;

/** Work done in transactions of one batch each, as the migrations of older stores do it. */
final class Batches {

  private Batches() {}

  /**
   * Runs {@code batch} in one write transaction after another until it reports that it found
   * nothing to do; returns the sum of what the batches reported.
   */
  static int untilNone(Session session, TransactionCallback<Integer> batch) {
    int done = 0;
    while (true) {
      int n = session.executeWrite(batch);
      if (n == 0) {
        return done;
      }
      done += n;
    }
  }
}
