package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

  @ParameterizedTest
  @CsvSource({"30s, PT30S", "10m, PT10M", "2h, PT2H", "1d, PT24H", "15M, PT15M"})
  void readsWholeNumbersWithAUnit(String text, String expected) {
    assertThat(new DurationConverter().convert(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10", "m", "0m", "-5m", "1.5h", "10 minutes"})
  void rejectsOtherForms(String text) {
    assertThatThrownBy(() -> new DurationConverter().convert(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("not a duration");
  }
}
