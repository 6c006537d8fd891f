package org.newsgraph.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-03-03T08:00:00Z");

  @Test
  void secondsOrAnHttpDate() {
    assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("Tue, 03 Mar 2026 08:05:00 GMT", NOW)).isEqualTo(Duration.ofMinutes(5));
    assertThat(RetryAfter.parse("Tue, 03 Mar 2026 07:00:00 GMT", NOW)).as("past").isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("99999999999999999999", NOW)).isGreaterThan(Duration.ofDays(1));
  }

  @Test
  void anythingElseIsNoAnswer() {
    assertThat(RetryAfter.parse(null, NOW)).isNull();
    assertThat(RetryAfter.parse("", NOW)).isNull();
    assertThat(RetryAfter.parse("soon", NOW)).isNull();
    assertThat(RetryAfter.parse("-5", NOW)).isNull();
    assertThat(RetryAfter.parse("2026-03-03T08:05:00Z", NOW)).isNull();
  }
}
