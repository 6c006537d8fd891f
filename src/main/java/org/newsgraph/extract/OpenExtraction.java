package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * An open relation read from one sentence: a relation phrase and its arguments, all as written.
 *
 * @param relation the relation phrase: the verb group with its auxiliaries, negation, particle and
 *     a preposition that belongs to it ("did not meet with"), or "is" for appositions and titles
 * @param arguments the subject first, then the object, then time, place and other phrases
 * @param confidence how sure the extractor is, 0 to 1; it orders a precision/recall curve
 * @param negated whether the relation phrase denies it
 * @param construction what kind of phrase it was read from (verb, copula, passive, relative,
 *     coordination, apposition, title), for error analysis
 */
public record OpenExtraction(
    String relation, List<String> arguments, double confidence, boolean negated, String construction) {
  public OpenExtraction {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(construction, "construction");
    arguments = List.copyOf(arguments);
    if (arguments.isEmpty()) {
      throw new IllegalArgumentException("an extraction needs a subject");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }

  public String subject() {
    return arguments.get(0);
  }
}
