package org.newsgraph.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, money and percentages by rules. A date without a year takes the year of the article's
 * publication date, when there is one. Stateless and thread-safe.
 */
final class QuantityFinder {

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b(?:(?:mid|early|late)-?\\s?)?" + MONTH + "(?:\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONEY = Pattern.compile(
      "(US\\$|\\$|€|£|¥)\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?(million|billion|trillion|bn|mln|m)\\b)?"
          + "|\\b(\\d[\\d,]*(?:\\.\\d+)?)\\s?(million|billion|trillion)?\\s?(dollars|euros|pounds|yen|yuan)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PERCENT =
      Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\s?(%|percent\\b|per cent\\b)", Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> CURRENCIES = Map.of(
      "$", "USD", "us$", "USD", "dollars", "USD", "€", "EUR", "euros", "EUR", "£", "GBP", "pounds", "GBP",
      "¥", "JPY", "yen", "JPY", "yuan", "CNY");
  private static final Map<String, BigDecimal> SCALES = Map.of(
      "million", BigDecimal.valueOf(1_000_000), "m", BigDecimal.valueOf(1_000_000),
      "mln", BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000),
      "bn", BigDecimal.valueOf(1_000_000_000), "trillion", BigDecimal.valueOf(1_000_000_000_000L));

  /** Quantities in one sentence; {@code offset} is the sentence's start in the analysed text. */
  List<Quantity> find(int sentence, String text, int offset, LocalDate published) {
    List<Quantity> out = new ArrayList<>();
    boolean[] used = new boolean[text.length()];
    Matcher m = ISO_DATE.matcher(text);
    while (m.find()) {
      add(out, used, sentence, Quantity.Kind.DATE, m, offset, date(m.group(1), m.group(2), m.group(3)));
    }
    m = NUMERIC_DATE.matcher(text);
    while (m.find()) {
      add(out, used, sentence, Quantity.Kind.DATE, m, offset, date(m.group(3), m.group(1), m.group(2)));
    }
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      add(out, used, sentence, Quantity.Kind.DATE, m, offset, date(year(m.group(3), published), month(m.group(1)), m.group(2)));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      add(out, used, sentence, Quantity.Kind.DATE, m, offset, date(year(m.group(3), published), month(m.group(2)), m.group(1)));
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      if (m.group(1).equals("May") && m.group(2) == null || !Character.isUpperCase(m.group(1).charAt(0))) {
        continue; // "may" the verb, "march" the noun
      }
      String year = year(m.group(2), published);
      add(out, used, sentence, Quantity.Kind.DATE, m, offset, year == null ? null : year + "-" + month(m.group(1)));
    }
    m = MONEY.matcher(text);
    while (m.find()) {
      add(out, used, sentence, Quantity.Kind.MONEY, m, offset, money(m));
    }
    m = PERCENT.matcher(text);
    while (m.find()) {
      BigDecimal v = new BigDecimal(m.group(1)).movePointLeft(2);
      add(out, used, sentence, Quantity.Kind.PERCENT, m, offset, v.stripTrailingZeros().toPlainString());
    }
    out.sort(Comparator.comparingInt(Quantity::charStart));
    return out;
  }

  private static void add(List<Quantity> out, boolean[] used, int sentence, Quantity.Kind kind, Matcher m, int offset,
      String value) {
    for (int i = m.start(); i < m.end(); i++) {
      if (used[i]) {
        return;
      }
    }
    for (int i = m.start(); i < m.end(); i++) {
      used[i] = true;
    }
    out.add(new Quantity(sentence, kind, m.group(), value, offset + m.start(), offset + m.end()));
  }

  private static String year(String written, LocalDate published) {
    if (written != null) {
      return written;
    }
    return published == null ? null : String.valueOf(published.getYear());
  }

  private static String month(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(prefix)) {
        return String.format("%02d", month.getValue());
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static String date(String year, String month, String day) {
    if (year == null) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (RuntimeException e) {
      return null; // 2/30/2018: written, but no such day
    }
  }

  private static String money(Matcher m) {
    String symbol = m.group(1) != null ? m.group(1) : m.group(6);
    String number = m.group(1) != null ? m.group(2) : m.group(4);
    String scale = m.group(1) != null ? m.group(3) : m.group(5);
    BigDecimal amount = new BigDecimal(number.replace(",", ""));
    if (scale != null) {
      amount = amount.multiply(SCALES.get(scale.toLowerCase(Locale.ROOT)));
    }
    return CURRENCIES.get(symbol.toLowerCase(Locale.ROOT)) + " " + amount.stripTrailingZeros().toPlainString();
  }
}
