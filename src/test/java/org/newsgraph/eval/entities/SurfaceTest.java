package org.newsgraph.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurfaceTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Harbour  Freight|harbour freight",
      "HARBOUR FREIGHT|harbour freight",
      "Lund's|lund",
      "Lund’s|lund",
      "\"Sabina Park\",|sabina park",
      "E.U.|e.u",
      "St. Kitts|st. kitts"})
  void comparesCaseInsensitivelyWithoutEndPunctuation(String name, String key) {
    assertThat(Surface.key(name)).isEqualTo(key);
  }
}
