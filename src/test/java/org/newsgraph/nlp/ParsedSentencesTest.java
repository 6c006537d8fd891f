package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tag corrections from the tree, on trees built by hand (no model). */
class ParsedSentencesTest {

  /**
   * (S (NP They) (VP (VP v1 (NP it)) (CC and) (VP v2 (NP it)))) over "They v1 it and v2 it", with
   * the given tags for v1 and v2.
   */
  private static Constituent coordinatedVerbs(String[] pos) {
    Constituent first = new Constituent("VP", 1, 3, List.of(Constituent.tag(pos[1], 1), np(2)));
    Constituent second = new Constituent("VP", 4, 6, List.of(Constituent.tag(pos[4], 4), np(5)));
    Constituent vp = new Constituent("VP", 1, 6, List.of(first, Constituent.tag("CC", 3), second));
    return new Constituent("S", 0, 6, List.of(np(0), vp));
  }

  private static Constituent np(int i) {
    return new Constituent("NP", i, i + 1, List.of(Constituent.tag("PRP", i)));
  }

  @ParameterizedTest(name = "{0} and {1} -> {2}")
  @CsvSource({
      "VBD, VBN, VBD",  // "killed them and captured them"
      "VBP, VB,  VBP",  // "they buy it and sell it"
      "VBN, VBN, VBN",  // "(had) killed them and captured them": the auxiliary is outside
      "VBZ, VBZ, VBZ",
      "VBD, VBZ, VBZ",  // tenses may differ; only participles and base forms are mended
  })
  void laterConjunctsTakeTheFirstOnesFiniteTag(String first, String second, String expected) {
    String[] pos = {"PRP", first, "PRP", "CC", second, "PRP"};

    ParsedSentences.agreeConjuncts(coordinatedVerbs(pos), pos);

    assertThat(pos[4]).isEqualTo(expected);
    assertThat(pos[1]).isEqualTo(first);
  }

  @Test
  void leavesVerbPhrasesWithoutCoordinatorAlone() {
    // (VP had (NP them) (VP arrested (NP us))): a participle that belongs to the verb before it.
    String[] pos = {"PRP", "VBD", "PRP", "VBN", "PRP"};
    Constituent inner = new Constituent("VP", 3, 5, List.of(Constituent.tag("VBN", 3), np(4)));
    Constituent vp = new Constituent("VP", 1, 5, List.of(Constituent.tag("VBD", 1), np(2), inner));

    ParsedSentences.agreeConjuncts(new Constituent("S", 0, 5, List.of(np(0), vp)), pos);

    assertThat(pos[3]).isEqualTo("VBN");
  }
}
