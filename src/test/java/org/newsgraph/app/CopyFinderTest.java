package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.BodySignature;

class CopyFinderTest {

  private static final String BODY = "The regional water board approved a plan on Tuesday to rebuild the"
      + " northern reservoir, which has lost a fifth of its capacity to silt since it opened in 1962. Work on"
      + " the dam will start in the spring and is expected to last three years, the board said, and the"
      + " town of Elmsford will draw its water from the river in the meantime.";

  private static Article article(String id, String body) {
    return new Article(id, null, "t", List.of(), null, null, "test", null, body, "sha-" + id);
  }

  @Test
  void findsACopyOfALoadedArticle() {
    CopyFinder finder = new CopyFinder(Map.of("loaded", BodySignature.of(BODY)));

    assertThat(finder.find(article("new", "WIRE - " + BODY))).hasValueSatisfying(c -> {
      assertThat(c.originalId()).isEqualTo("loaded");
      assertThat(c.similarity()).isGreaterThanOrEqualTo(BodySignature.SAME_STORY);
    });
  }

  @Test
  void theFirstOfTwoNewCopiesIsTheOriginal() {
    CopyFinder finder = new CopyFinder(Map.of());

    assertThat(finder.find(article("first", BODY))).isEmpty();
    assertThat(finder.find(article("second", BODY))).hasValueSatisfying(c -> assertThat(c.originalId()).isEqualTo("first"));
  }

  @Test
  void anArticleIsNotACopyOfItsOwnEarlierVersion() {
    CopyFinder finder = new CopyFinder(Map.of("same", BodySignature.of(BODY)));

    assertThat(finder.find(article("same", BODY))).isEmpty();
  }

  @Test
  void shortArticlesAreNeverCopies() {
    CopyFinder finder = new CopyFinder(Map.of());

    assertThat(finder.find(article("a", "Mayor Costa praised the port."))).isEmpty();
    assertThat(finder.find(article("b", "Mayor Costa praised the port."))).isEmpty();
  }
}
