package org.newsgraph.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CoNLL-U with coreference brackets in MISC, written here by hand. */
class GumReaderTest {

  static final List<String> LINES = List.of(
      "# newdoc id = GUM_news_test",
      "# text = Anna Berg met Tom Lund's sister.",
      "1\tAnna\tAnna\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-x-cf1-1-coref",
      "2\tBerg\tBerg\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)",
      "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
      "4\tTom\tTom\tPROPN\tNNP\t_\t7\tnmod:poss\t_\tEntity=(3-person-new-x-cf2-1-coref(2-person-new-x-cf3-1-coref",
      "5-6\tLund's\t_\t_\t_\t_\t_\t_\t_\t_",
      "5\tLund\tLund\tPROPN\tNNP\t_\t4\tflat\t_\t_",
      "6\t's\t's\tPART\tPOS\t_\t4\tcase\t_\tEntity=2)",
      "7\tsister\tsister\tNOUN\tNN\t_\t3\tobj\t_\tEntity=3)|SpaceAfter=No",
      "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
      "",
      "# text = She thanked him.",
      "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-x-cf1-1-coref)",
      "2\tthanked\tthank\tVERB\tVBD\t_\t0\troot\t_\t_",
      "3\thim\the\tPRON\tPRP\t_\t2\tobj\t_\tEntity=(2-person-giv-x-cf2-1-coref)|SpaceAfter=No",
      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
      "");

  @Test
  void readsNestedAndSingleWordMentionsWithTheirChains() {
    GumDocument d = GumReader.parse(LINES).get(0);
    assertThat(d.id()).isEqualTo("GUM_news_test");
    assertThat(d.sentences()).hasSize(2);
    assertThat(d.mentions()).containsExactly(
        new GumMention(0, 0, 1, 1, "person"),
        new GumMention(0, 3, 5, 2, "person"),
        new GumMention(0, 3, 6, 3, "person"),
        new GumMention(1, 0, 0, 1, "person"),
        new GumMention(1, 2, 2, 2, "person"));
  }

  @Test
  void placesWordsInTheSentenceTextAndFindsNames() {
    GumDocument d = GumReader.parse(LINES).get(0);
    GumSentence first = d.sentence(0);
    assertThat(first.word(2).start()).isEqualTo(10);
    assertThat(first.text().substring(first.word(4).start(), first.word(4).end())).isEqualTo("Lund's");
    assertThat(first.word(5).start()).isEqualTo(first.word(4).start());
    assertThat(first.word(6).start()).isEqualTo(25);
    GumMention anna = d.mentions().get(0);
    assertThat(anna.isPersonName(first)).isTrue();
    assertThat(anna.name(first)).isEqualTo("Anna Berg");
    GumMention sister = d.mentions().get(2);
    assertThat(sister.head(first)).isEqualTo(6);
    assertThat(sister.isPersonName(first)).isFalse();
  }

  @Test
  void titleIsTheFirstSentence() {
    GumDocument d = GumReader.parse(LINES).get(0);
    assertThat(d.title()).isEqualTo("Anna Berg met Tom Lund's sister.");
    assertThat(d.body()).isEqualTo("She thanked him.");
  }
}
