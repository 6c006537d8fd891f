package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "7/16/2018", "07/16/2018", "16/7/2018", "16.07.2018", "2018-07-16", "2018/07/16",
      "2018-07-16T09:30:00Z", "2018-07-16T09:30:00.123+02:00", "2018-07-16 09:30",
      "July 16, 2018", "July 16 2018", "Jul. 16, 2018", "jul 16, 2018", "July 16th, 2018",
      "16 July 2018", "16th of July, 2018", "Monday, July 16, 2018", "Mon 16 Jul 2018",
      "July 16, 2018 at 10:05 a.m. EDT", "7/16/2018 3:04 PM", "  7/16/2018  "})
  void parsesCommonFormats(String text) {
    assertThat(Dates.parse(text)).isEqualTo(LocalDate.of(2018, 7, 16));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "2/30/2018", "13/13/2018", "Smarch 16, 2018", "yesterday", "2018",
      "Trump met Kim on June 12, 2018 in Singapore.", "Updated: 7/16/2018", "7/16/2018 and more text"})
  void rejectsWhatIsNotExactlyADate(String text) {
    assertThat(Dates.parse(text)).isNull();
  }

  @Test
  void slashedDatesAreMonthFirstWhenAmbiguous() {
    assertThat(Dates.parse("3/4/2021")).isEqualTo(LocalDate.of(2021, 3, 4));
  }
}
