package org.newsgraph.eval.carb;

/** A line of a CaRB file that does not have the shape its format requires. */
public final class CarbFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CarbFormatException(String message) {
    super(message);
  }
}
