package org.newsgraph.ingest.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The {@code Retry-After} header (RFC 9110 10.2.3): a number of seconds, or an HTTP date. */
final class RetryAfter {

  private RetryAfter() {}

  /**
   * How long to wait from {@code now}: the seconds given, or the time until the date given (zero
   * when it is past); null when the header is absent or neither.
   */
  static Duration parse(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofSeconds(Long.parseLong(value));
      } catch (NumberFormatException e) {
        return Duration.ofDays(365); // more digits than a long: a very long time; the caller caps it
      }
    }
    try {
      Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
