package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyTextTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Watch Next: A video about something else.", "Read more: Other story", "RELATED: a link",
      "Share this article", "Share on Facebook", "Tweet", "Advertisement"})
  void pageFurnitureLinesAreDropped(String furniture) {
    assertThat(BodyText.clean("First paragraph.\n\n" + furniture + "\n\nLast paragraph.\n" + furniture))
        .isEqualTo("First paragraph.\n\nLast paragraph.");
  }

  @Test
  void closingNoticesGoOnlyAtTheEnd() {
    String text = "Follow us on the new road, she said.\n\nThe end.\nFollow us on Twitter\n© 2021 Example News";

    assertThat(BodyText.clean(text)).isEqualTo("Follow us on the new road, she said.\n\nThe end.");
  }

  @Test
  void lineAndParagraphBreaksSurviveButBlankRunsCollapse() {
    assertThat(BodyText.clean("  One.\nTwo.  \n\n\n\nThree.\n\n"))
        .isEqualTo("One.\nTwo.\n\nThree.");
  }

  @Test
  void wireCopyWrappedAtFixedWidthIsRejoinedIntoParagraphs() {
    String wire = """
        Showers continued throughout the week in
        the cocoa zone, alleviating the drought since early
        January and improving prospects for the coming crop,
        the agency said in its weekly review.
            The dry period means the crop will be late this year.
            Arrivals for the week were 155,221 bags
        of 60 kilos.

         Reuter
        """;

    assertThat(BodyText.clean(wire)).isEqualTo("""
        Showers continued throughout the week in the cocoa zone, alleviating the drought since \
        early January and improving prospects for the coming crop, the agency said in its weekly review.

        The dry period means the crop will be late this year.

        Arrivals for the week were 155,221 bags of 60 kilos.""");
  }

  @Test
  void wireSignOffAfterTheLastSentenceIsDropped() {
    assertThat(BodyText.clean("Prices rose.\nTrading was thin.      REUTER")).isEqualTo("Prices rose.\nTrading was thin.");
    assertThat(BodyText.clean("He met Reuter")).isEqualTo("He met Reuter");
  }

  @Test
  void shortLinesThatEndSentencesAreNotTakenForWrapping() {
    String text = "Trump said Putin agreed.\nKim asked China for help.\nThe talks ended.\nNo date was set.";

    assertThat(BodyText.clean(text)).isEqualTo(text);
  }
}
