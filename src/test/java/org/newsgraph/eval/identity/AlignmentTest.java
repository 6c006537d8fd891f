package org.newsgraph.eval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  private static final EcbDocument DOC = new EcbDocument("5_1ecb", List.of(
      new EcbSentence(0, List.of("Sixers", "fire", "coach")),
      new EcbSentence(1, List.of("The", "Philadelphia", "76ers", "fired", "coach", "Maurice", "Cheeks", "on",
          "Saturday", "."))));

  @Test
  void aGoldNameGoesToTheShortestGraphMentionOverItsHead() {
    EcbArticle article = EcbArticle.of(DOC);
    String analysed = article.title() + "\n\n" + article.body();
    int body = analysed.indexOf("The Philadelphia");
    GoldMention cheeks = new GoldMention("HUM1", DOC.id(), 1, List.of(4, 5, 6), "coach Maurice Cheeks", "HUM");
    GoldMention sixers = new GoldMention("HUM2", DOC.id(), 1, List.of(0, 1, 2), "The Philadelphia 76ers", "HUM");
    int maurice = analysed.indexOf("Maurice");
    List<GraphMention> graph = List.of(
        new GraphMention(maurice, maurice + "Maurice Cheeks on Saturday".length(), "Maurice Cheeks on Saturday",
            "person:maurice cheeks on saturday", "Person"),
        new GraphMention(maurice, maurice + "Maurice Cheeks".length(), "Maurice Cheeks", "person:maurice cheeks",
            "Person"),
        new GraphMention(body + 4, body + 4 + "Philadelphia".length(), "Philadelphia", "location:philadelphia",
            "Location"));
    Alignment a = Alignment.of(article, new NameRule(DOC, java.util.Set.of()), article.paragraphStarts(analysed),
        List.of(cheeks, sixers), graph);
    assertThat(a.covered()).singleElement().satisfies(m -> {
      assertThat(m.graph().entityKey()).isEqualTo("person:maurice cheeks");
      assertThat(m.goldText()).isEqualTo("coach Maurice Cheeks");
    });
    assertThat(a.uncovered()).containsExactly("The Philadelphia 76ers"); // its head, 76ers, is in no graph mention
  }
}
