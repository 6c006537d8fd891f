package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PredicateTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "meet with|MEET_WITH",
      "praise|PRAISE",
      "fête|FÊTE",
      "fe\u0302te|FÊTE",
      "outmanœuvre|OUTMANŒUVRE",
      "ok'd|OKD",
      "rock’n’roll|ROCKNROLL",
      "🚀launch🚀|LAUNCH",
      "re-elect|RE_ELECT"})
  void typesKeepTheLettersOfAnyScript(String lemma, String type) {
    assertThat(Predicate.typeOf(lemma)).isEqualTo(type);
    assertThat(new Predicate(lemma, lemma, lemma, type, false).type()).isEqualTo(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"meet", "MEET-WITH", "_MEET", "MEET`) DETACH DELETE n //"})
  void aTypeThatIsNotUpperSnakeCaseIsRefused(String type) {
    assertThatThrownBy(() -> new Predicate("meet", "meet", "met", type, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
