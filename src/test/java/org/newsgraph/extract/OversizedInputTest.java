package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Input that would make one article cost without bound is cut or refused, with a message that says so. */
class OversizedInputTest {

  @Test
  void aLongLineWithoutFullStopsBecomesBoundedSentencesAndItsRelationsStaySmall() {
    StringBuilder line = new StringBuilder();
    while (line.length() < 300_000) {
      line.append("Angela Merkel met Emmanuel Macron in Paris and they discussed trade with Spain ");
    }
    ExtractedArticle out = Fixtures.extract("Talks", line.toString());
    assertThat(out.sentences()).hasSizeGreaterThan(150)
        .allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(2_000));
    assertThat(out.relations()).isNotEmpty()
        .allSatisfy(r -> assertThat(out.sentences().get(r.sentence()).text().length()).isLessThanOrEqualTo(2_000));
    assertThat(out.entities()).extracting(Entity::name).contains("Angela Merkel", "Emmanuel Macron");
  }

  @Test
  void anArticleOverTheBoundIsRefusedWithItsLength() {
    String body = "The plant reopened. ".repeat(ArticleLimits.MAX_TEXT_CHARS / 20 + 1);
    assertThatThrownBy(() -> Fixtures.extract("Reopening", body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long for one article")
        .hasMessageContaining("1,000,000");
  }
}
