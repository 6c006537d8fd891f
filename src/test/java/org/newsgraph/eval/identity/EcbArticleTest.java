package org.newsgraph.eval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EcbArticleTest {

  private static final EcbDocument DOC = new EcbDocument("12_4ecbplus", List.of(
      new EcbSentence(0, List.of("INS", "Sukanya", "foils", "piracy", "attempt")),
      new EcbSentence(3, List.of("The", "navy", "said", "``", "23", "pirates", "''", "were", "held", "in", "the",
          "Gulf", "of", "Aden", ".")),
      new EcbSentence(5, List.of("India", "'s", "navy", "acted", "."))));

  @Test
  void theFirstSentenceIsTheTitleAndEachOtherAParagraph() {
    EcbArticle a = EcbArticle.of(DOC);
    assertThat(a.title()).isEqualTo("INS Sukanya foils piracy attempt");
    assertThat(a.body()).isEqualTo("The navy said \"23 pirates\" were held in the Gulf of Aden.\n\nIndia's navy acted.");
  }

  @Test
  void aDocumentOfOneSentenceIsABodyWithoutTitle() {
    EcbArticle a = EcbArticle.of(new EcbDocument("12_1ecb", List.of(DOC.sentences().get(1))));
    assertThat(a.title()).isEmpty();
    assertThat(a.body()).startsWith("The navy said");
  }

  @Test
  void paragraphsArePlacedInTheAnalysedTextAndTokensInTheirParagraph() {
    EcbArticle a = EcbArticle.of(DOC);
    String analysed = a.title() + "\n\n" + a.body();
    Map<Integer, Integer> starts = a.paragraphStarts(analysed);
    GoldMention gulf = new GoldMention("LOC1", DOC.id(), 3, List.of(10, 11, 12, 13), "the Gulf of Aden", "LOC");
    assertThat(a.text(gulf)).isEqualTo("the Gulf of Aden");
    int[] aden = a.tokenSpan(3, 13);
    assertThat(analysed.substring(starts.get(3) + aden[0], starts.get(3) + aden[1])).isEqualTo("Aden");
    int[] india = a.tokenSpan(5, 0);
    assertThat(analysed.substring(starts.get(5) + india[0], starts.get(5) + india[1])).isEqualTo("India");
  }

  @Test
  void aParagraphTheReaderDroppedHasNoPlace() {
    EcbArticle a = EcbArticle.of(DOC);
    assertThat(a.paragraphStarts(a.title() + "\n\nIndia's navy acted.")).containsOnlyKeys(0, 5);
  }
}
