package org.newsgraph.extract;

import java.util.Objects;

/**
 * A date, amount of money or percentage written in a sentence.
 *
 * @param sentence index of the sentence
 * @param kind DATE, MONEY or PERCENT
 * @param text as written ("June 12", "$34 billion", "3 percent")
 * @param value normalised: ISO date ("2018-06-12", or "2018-06" for a month), "USD 34000000000",
 *     "0.03"; null when it cannot be worked out (a date without a year in an undated article)
 * @param charStart character offset in the analysed text
 * @param charEnd character offset (exclusive)
 */
public record Quantity(int sentence, Kind kind, String text, String value, int charStart, int charEnd) {

  /** The kinds of quantities found by rules. */
  public enum Kind { DATE, MONEY, PERCENT }

  public Quantity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
