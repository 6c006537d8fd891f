package org.newsgraph.eval.carb;

import java.util.ArrayList;
import java.util.List;

/**
 * An extraction as the matcher compares it: whitespace tokens of the relation and of the
 * binarised arguments (the subject, and one object made of all later arguments in order).
 * Tokenising once per extraction keeps the score matrix cheap.
 */
record MatchTuple(List<String> relation, List<List<String>> args, boolean reporting) {

  // Plain substring tests on the raw relation, as in CaRB: "retold" counts too.
  private static final List<String> REPORTING = List.of("said", "told", "added", "adds", "says");

  static MatchTuple of(CarbExtraction extraction) {
    List<String> args = extraction.args();
    List<List<String>> binarised = new ArrayList<>(2);
    if (!args.isEmpty()) {
      binarised.add(PythonText.split(args.get(0)));
    }
    if (args.size() >= 2) {
      // " ".join(args[1:]).split() is the concatenation of each argument's tokens.
      List<String> object = new ArrayList<>();
      for (String arg : args.subList(1, args.size())) {
        object.addAll(PythonText.split(arg));
      }
      binarised.add(object);
    }
    String relation = extraction.relation();
    boolean reporting = REPORTING.stream().anyMatch(relation::contains);
    return new MatchTuple(PythonText.split(relation), List.copyOf(binarised), reporting);
  }

  /** The same tuple with subject and object exchanged; only called with two arguments. */
  MatchTuple swapped() {
    return new MatchTuple(relation, List.of(args.get(1), args.get(0)), reporting);
  }
}
