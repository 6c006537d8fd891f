package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFinderTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 9);
  private final QuantityFinder finder = new QuantityFinder();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The talks began on October 4, 2019 in Oslo.    | DATE    | October 4, 2019 | 2019-10-04",
      "The talks began on 4 October 2019 in Oslo.     | DATE    | 4 October 2019  | 2019-10-04",
      "The vote is on April 2.                        | DATE    | April 2         | 2021-04-02",
      "Filed 11/30/2020 in court.                     | DATE    | 11/30/2020      | 2020-11-30",
      "The deal closed in mid-June.                   | DATE    | mid-June        | 2021-06",
      "Sales rose to $3.5 billion last year.          | MONEY   | $3.5 billion    | USD 3500000000",
      "It paid 200 million euros for the port.        | MONEY   | 200 million euros | EUR 200000000",
      "Prices rose 2.5 percent in May 2020.           | PERCENT | 2.5 percent     | 0.025",
      "Turnout reached 61%.                           | PERCENT | 61%             | 0.61",
  })
  void findsAndNormalises(String sentence, Quantity.Kind kind, String text, String value) {
    List<Quantity> found = finder.find(0, sentence, 100, PUBLISHED);
    assertThat(found).anySatisfy(q -> {
      assertThat(q.kind()).isEqualTo(kind);
      assertThat(q.text()).isEqualTo(text);
      assertThat(q.value()).isEqualTo(value);
      assertThat(q.charStart()).isEqualTo(100 + sentence.indexOf(text));
    });
  }

  @Test
  void dateWithoutYearInUndatedArticleHasNoValue() {
    assertThat(finder.find(0, "They met on June 12.", 0, null))
        .singleElement().satisfies(q -> {
          assertThat(q.text()).isEqualTo("June 12");
          assertThat(q.value()).isNull();
        });
  }

  @Test
  void theVerbMayIsNoDate() {
    assertThat(finder.find(0, "The minister may resign, and the march went on.", 0, PUBLISHED)).isEmpty();
  }

  @Test
  void overlappingPatternsGiveOneQuantity() {
    assertThat(finder.find(0, "On March 3, 2020 the index fell.", 0, PUBLISHED)).hasSize(1);
  }
}
