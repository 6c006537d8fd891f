package org.newsgraph.nlp.ner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFeaturesTest {

  private static final List<List<String>> DOCUMENT = List.of(
      words("HARTLEY SIGNS FOR BRAMPTON"),
      words("Striker Ann Hartley joined Brampton Rovers on Friday ."),
      words("Hartley said the move was a fresh start ."),
      words("Fresh talks with Brampton began in May ."));

  @Test
  void aHeadlineWordLearnsFromTheBodyBelowIt() {
    List<String[][]> features = DocumentFeatures.of(DOCUMENT);

    assertThat(features.get(0)[0]).contains("dci&caps", "drun=last");
    assertThat(features.get(0)[3]).contains("dci&caps", "drun=first");
    assertThat(features.get(0)[1]).containsExactly("dnone&caps");
  }

  @Test
  void aSentenceInitialWordSeenInLowerCaseElsewhereIsMarked() {
    List<String[][]> features = DocumentFeatures.of(DOCUMENT);

    assertThat(features.get(3)[0]).containsExactly("dlc&initial");
    assertThat(features.get(2)[0]).contains("dci&initial", "drun=last");
  }

  @Test
  void lowerCaseTokensAndPunctuationGetNothing() {
    List<String[][]> features = DocumentFeatures.of(DOCUMENT);

    assertThat(features.get(1)[3]).isEmpty();
    assertThat(features.get(1)[8]).isEmpty();
    assertThat(features).hasSize(4);
    assertThat(features.get(1).length).isEqualTo(DOCUMENT.get(1).size());
  }

  @Test
  void aWordsOwnOccurrenceDoesNotCountAsElsewhere() {
    List<String[][]> features = DocumentFeatures.of(List.of(words("Then Gorton spoke .")));

    assertThat(features.get(0)[1]).containsExactly("dnone");
  }

  @Test
  void labelsGiveTheTypeMostOftenGivenToTheWordElsewhere() {
    List<List<String>> labels = List.of(
        types("PER O O LOC"),
        types("O PER PER O ORG ORG O O O"),
        types("PER O O O O O O O O"),
        types("O O O ORG O O O O"));

    List<String[][]> features = DocumentFeatures.of(DOCUMENT, false, labels);

    assertThat(features.get(0)[0]).containsExactly("dlab=PER");
    assertThat(features.get(2)[0]).containsExactly("dlab=PER");
    // Brampton elsewhere: ORG twice; its own LOC here does not vote.
    assertThat(features.get(0)[3]).containsExactly("dlab=ORG");
    // Striker occurs once: nothing elsewhere to go by.
    assertThat(features.get(1)[0]).isEmpty();
  }

  private static List<String> words(String text) {
    return Arrays.asList(text.split(" "));
  }

  private static List<String> types(String text) {
    return words(text);
  }
}
