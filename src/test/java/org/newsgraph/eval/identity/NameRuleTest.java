package org.newsgraph.eval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameRuleTest {

  /** Sentence 0 a title-case headline, 1 and 2 ordinary sentences. */
  private static final EcbDocument DOC = new EcbDocument("2_1ecb", List.of(
      new EcbSentence(0, List.of("Oscar", "Organizers", "Name", "Hugh", "Jackman", "Host")),
      new EcbSentence(1, List.of("Jackman", "will", "host", "the", "show", "in", "Hollywood", ",", "Seth",
          "MacFarlane", "'s", "friends", "said", ".")),
      new EcbSentence(2, List.of("``", "Woman", "and", "I", "'m", "the", "host", ",", "''", "said", "a", "woman",
          "from", "Hugh", "'s", "team", "."))));

  private static GoldMention mention(String type, int sentence, Integer... tokens) {
    return new GoldMention("C", DOC.id(), sentence, List.of(tokens), "", type);
  }

  @ParameterizedTest
  @CsvSource({
      "HUM, 1, '8,9,10', true",   // Seth MacFarlane 's
      "LOC, 1, '6', true",        // Hollywood
      "HUM, 1, '0', true",        // Jackman: sentence-initial, but never written in lower case
      "HUM, 0, '3,4', true",      // Hugh Jackman in the headline: "Hugh" is written capitalised in sentence 2
      "HUM, 0, '5', false",       // Host, capitalised only by the title case
      "HUM, 2, '1', false",       // Woman after an opening quote: sentence-initial, and "woman" is a word
      "HUM, 2, '3', false",       // I
      "HUM, 2, '10,11', false",   // a woman
      "NON, 1, '6', false",       // not a person or place chain
      "TIM, 1, '6', false"})
  void namesAreMentionsWithACapitalThatIsEvidence(String type, int sentence, String tokens, boolean name) {
    Integer[] t = java.util.Arrays.stream(tokens.split(",")).map(Integer::valueOf).toArray(Integer[]::new);
    assertThat(rule(DOC).isName(mention(type, sentence, t))).isEqualTo(name);
  }

  private static NameRule rule(EcbDocument doc) {
    return new NameRule(doc, EcbCorpus.lowerCaseWords(List.of(doc)));
  }

  @Test
  void aSentenceInitialWordNeedsEvidenceElsewhere() {
    EcbDocument doc = new EcbDocument("2_2ecb", List.of(
        new EcbSentence(0, List.of("Officials", "in", "Perth", "said", "so", ".")),
        new EcbSentence(1, List.of("Perth", "officials", "agreed", "."))));
    NameRule rule = rule(doc);
    assertThat(rule.isName(new GoldMention("C", doc.id(), 0, List.of(0), "Officials", "HUM"))).isFalse();
    assertThat(rule.isName(new GoldMention("C", doc.id(), 1, List.of(0), "Perth", "LOC"))).isTrue();
  }

  @Test
  void theHeadIsTheLastWordWithoutAPossessive() {
    NameRule rule = rule(DOC);
    EcbArticle article = EcbArticle.of(DOC);
    GoldMention seth = mention("HUM", 1, 8, 9, 10);
    assertThat(rule.head(seth)).isEqualTo(9);
    int[] span = rule.headSpan(article, seth);
    assertThat(article.paragraphTexts().get(1).substring(span[0], span[1])).isEqualTo("MacFarlane");
  }

  @Test
  void aPossessiveGluedToTheHeadIsLeftOut() {
    EcbDocument doc = new EcbDocument("2_3ecb", List.of(new EcbSentence(0, List.of("She", "met", "Seth",
        "MacFarlane's", "wife", "."))));
    GoldMention seth = new GoldMention("C", doc.id(), 0, List.of(2, 3), "Seth MacFarlane's", "HUM");
    EcbArticle article = EcbArticle.of(doc);
    int[] span = rule(doc).headSpan(article, seth);
    assertThat(article.paragraphTexts().get(0).substring(span[0], span[1])).isEqualTo("MacFarlane");
  }

  @Test
  void titleCaseNeedsMostLongerWordsCapitalised() {
    assertThat(NameRule.isTitleCase(List.of("Oscar", "Organizers", "Name", "Hugh", "Jackman", "Host"))).isTrue();
    assertThat(NameRule.isTitleCase(List.of("Jackman", "will", "host", "the", "Oscars", "show"))).isFalse();
    assertThat(NameRule.isTitleCase(List.of("Hugh", "Jackman"))).isFalse();
  }

  private static final EcbDocument PHRASES = new EcbDocument("23_1ecb", List.of(new EcbSentence(0, List.of(
      "Police", "found", "a", "mountain", "in", "New", "Zealand", "near", "the", "Gulf", "of", "Aden", "between",
      "Somalia", "and", "Yemen", ",", "said", "coach", "Maurice", "Cheeks", ",", "M", ".", "D", ".", "in", "Queens",
      "and", "The", "Philadelphia", "76ers", "'", "fans", "."))));

  @ParameterizedTest
  @CsvSource({
      "2, 7, mountain, false",  // a mountain in New Zealand
      "4, 7, Zealand, true",    // in New Zealand
      "8, 16, Aden, true",      // the Gulf of Aden between Somalia and Yemen
      "18, 26, Cheeks, true",   // coach Maurice Cheeks, M. D.
      "26, 28, Queens, true",   // in Queens
      "29, 33, 76ers, true",    // The Philadelphia 76ers '
      "29, 34, fans, false"})   // The Philadelphia 76ers ' fans
  void theHeadIsTheLastWordBeforeAPostModifier(int from, int to, String head, boolean name) {
    GoldMention m = new GoldMention("C", PHRASES.id(), 0,
        java.util.stream.IntStream.range(from, to).boxed().toList(), "", "LOC");
    NameRule rule = rule(PHRASES);
    assertThat(PHRASES.sentence(0).tokens().get(rule.head(m))).isEqualTo(head);
    assertThat(rule.isName(m)).isEqualTo(name);
  }
}
