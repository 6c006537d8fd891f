package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BodySignatureTest {

  private static final String STORY = "The regional water board approved a plan on Tuesday to rebuild the"
      + " northern reservoir, which has lost a fifth of its capacity to silt since it opened in 1962. Work on"
      + " the dam will start in the spring and is expected to last three years, the board said, and the"
      + " town of Elmsford will draw its water from the river in the meantime. Farmers downstream welcomed"
      + " the decision but asked for compensation for the dry summer months.";

  @Test
  void sameTextIsTheSameStory() {
    assertThat(BodySignature.of(STORY).similarity(BodySignature.of(STORY))).isEqualTo(1.0);
  }

  @Test
  void caseAndPunctuationDoNotMatter() {
    String shouted = STORY.toUpperCase().replace(",", " ;").replace(".", " !");
    assertThat(BodySignature.of(shouted)).isEqualTo(BodySignature.of(STORY));
  }

  @Test
  void wireCopyWithBoilerplateAndAnEditedSentenceIsTheSameStory() {
    String copy = "ELMSFORD (Wire) - " + STORY.replace("welcomed the decision", "praised the plan")
        + " Read more: the ten best walks in the valley.";
    assertThat(BodySignature.of(copy).sameStory(BodySignature.of(STORY))).isTrue();
  }

  @Test
  void anotherStoryIsNot() {
    String other = "The city council voted on Monday to close two libraries in the eastern districts and to"
        + " move their books to the central library, which will open on Sundays from next year. The mayor"
        + " said the savings would pay for longer opening hours and for a mobile library serving the"
        + " villages, while residents collected signatures to keep the branches open and asked the council"
        + " to publish the figures behind its decision.";
    assertThat(BodySignature.of(other).similarity(BodySignature.of(STORY))).isLessThan(0.2);
  }

  @Test
  void shortTextsHaveNoSignature() {
    assertThat(BodySignature.of("Mayor Elena Costa praised Nordhaven Shipping.")).isNull();
  }

  @Test
  void roundTripsThroughAList() {
    BodySignature s = BodySignature.of(STORY);
    assertThat(BodySignature.fromList(s.toList())).isEqualTo(s);
    assertThat(s.toList()).allSatisfy(v -> assertThat(v).isNotNegative());
  }

  @Test
  void rejectsAWrongSize() {
    assertThatThrownBy(() -> new BodySignature(new long[3])).isInstanceOf(IllegalArgumentException.class);
  }
}
