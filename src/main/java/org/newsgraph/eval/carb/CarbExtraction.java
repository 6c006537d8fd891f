package org.newsgraph.eval.carb;

import java.util.List;
import java.util.Objects;

/**
 * One Open IE extraction as CaRB sees it: a relation phrase and its arguments in a sentence.
 *
 * @param sentence the sentence text, tokens separated by spaces as in CaRB
 * @param confidence the extractor's score; it orders the precision/recall curve. Gold extractions
 *     carry {@link #GOLD_CONFIDENCE}
 * @param relation the relation phrase
 * @param args the arguments, subject first; time and location arguments keep CaRB's {@code T: }
 *     and {@code L: } prefixes
 */
public record CarbExtraction(
    String sentence, double confidence, String relation, List<String> args) {

  /** Confidence given to gold extractions, which have none; the scorer never reads it. */
  public static final double GOLD_CONFIDENCE = 1.0;

  public CarbExtraction {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(relation, "relation");
    if (Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence is NaN");
    }
    // -0.0 and 0.0 are one threshold for the scorer, as they are for Python's set().
    confidence = confidence + 0.0;
    args = List.copyOf(args);
  }

  /** A gold extraction, which has no confidence of its own. */
  public static CarbExtraction gold(String sentence, String relation, List<String> args) {
    return new CarbExtraction(sentence, GOLD_CONFIDENCE, relation, args);
  }
}
