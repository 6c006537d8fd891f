package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates that news pages and feeds print, keeping only the calendar date.
 *
 * <p>Accepted: {@code 7/16/2018} (US order; day first when the first number can't be a month),
 * {@code 16.7.2018}, {@code 2018-07-16} and ISO date-times, {@code July 16, 2018},
 * {@code Jul. 16 2018}, {@code 16 July 2018}, each optionally preceded by a weekday and followed
 * by a time of day. The date is taken as written, without converting time zones, because the
 * publisher's own calendar date is what readers see. Public for {@code ingest.web}, which reads
 * page metadata dates the same way. Thread-safe.
 */
public final class Dates {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
      Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
      Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
      Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10),
      Map.entry("october", 10), Map.entry("nov", 11), Map.entry("november", 11),
      Map.entry("dec", 12), Map.entry("december", 12));

  private static final String MONTH = "([A-Za-z]{3,9})\\.?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  /** A time of day (or the rest of an ISO date-time) after the date; its content is ignored. */
  private static final String TIME_TAIL =
      "(?:(?:,?\\s+(?:at\\s+)?|T)\\d{1,2}[:.]\\d{2}[^\\n]{0,30})?";
  private static final Pattern WEEKDAY =
      Pattern.compile("^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern YEAR_FIRST =
      Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})" + TIME_TAIL);
  private static final Pattern SLASHED =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TIME_TAIL);
  private static final Pattern DOTTED =
      Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME_TAIL);
  private static final Pattern MONTH_FIRST =
      Pattern.compile(MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})" + TIME_TAIL);
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + TIME_TAIL);

  private Dates() {}

  /** The date that the whole of {@code text} spells, or null when it is not (only) a date. */
  public static LocalDate parse(String text) {
    if (text == null) {
      return null;
    }
    String s = WEEKDAY.matcher(text.strip()).replaceFirst("");
    Matcher m;
    if ((m = YEAR_FIRST.matcher(s)).matches()) {
      return date(num(m, 1), num(m, 2), num(m, 3));
    }
    if ((m = SLASHED.matcher(s)).matches()) {
      int first = num(m, 1);
      int second = num(m, 2);
      // US order unless the first number can only be a day (16/7/2018).
      return first > 12 ? date(num(m, 3), second, first) : date(num(m, 3), first, second);
    }
    if ((m = DOTTED.matcher(s)).matches()) {
      return date(num(m, 3), num(m, 2), num(m, 1));
    }
    if ((m = MONTH_FIRST.matcher(s)).matches()) {
      return date(num(m, 3), month(m.group(1)), num(m, 2));
    }
    if ((m = DAY_FIRST.matcher(s)).matches()) {
      return date(num(m, 3), month(m.group(2)), num(m, 1));
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
