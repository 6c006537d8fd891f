package org.newsgraph.nlp;

import java.util.List;

/**
 * A node of a constituency tree over token indices [start, end): a phrase (NP, VP, SBAR, …) with
 * children, or a part-of-speech node (label = PTB tag) over exactly one token, without children.
 */
public record Constituent(String label, int start, int end, List<Constituent> children) {
  public Constituent {
    children = List.copyOf(children);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad constituent span " + start + ".." + end);
    }
  }

  /** A part-of-speech node over token i. */
  public static Constituent tag(String pos, int i) {
    return new Constituent(pos, i, i + 1, List.of());
  }

  public boolean isTag() {
    return children.isEmpty();
  }
}
