package org.newsgraph.graph;

/** The store's disk is (nearly) full: writing stops here, and the whole run with it. */
public final class NoSpaceException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public NoSpaceException(String message) {
    super(message);
  }
}
