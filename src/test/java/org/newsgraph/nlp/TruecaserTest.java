package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words the name finder sees recased: the forms it is handed, through the real pipeline. */
class TruecaserTest {

  private static NlpModels models;

  @BeforeAll
  static void load() {
    models = NlpModels.loadDefault();
  }

  /** The token forms the name finder sees, one string per sentence. */
  private static List<String> seenByNameFinder(String text, boolean headline) {
    List<String> seen = new ArrayList<>();
    NameTagger recording = sentences -> {
      sentences.forEach(s -> seen.add(String.join(" ", s)));
      return NameTagger.NONE.findInDocument(sentences);
    };
    new NlpPipeline(models, recording).annotate(text, headline);
    return seen;
  }

  @Test
  void aBodySentenceFullOfNamesIsNeverLowerCased() {
    String body = "Karin Lund told Olav Berg in Tromso on Friday. The two disagreed.";
    assertThat(seenByNameFinder("Fishing Quotas Debated\n\n" + body, true)).containsExactly(
        "fishing quotas debated", "Karin Lund told Olav Berg in Tromso on Friday .", "The two disagreed .");
  }

  @Test
  void withoutAHeadlineNothingIsRecased() {
    assertThat(seenByNameFinder("Karin Lund Visits Tromso Harbour Today\n\nShe left.", false))
        .first().isEqualTo("Karin Lund Visits Tromso Harbour Today");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // ALL CAPS: the body's spelling for its names, lower case for the rest
      "HAMMARBY HOLD ORGRYTE TO GOALLESS DRAW|Hammarby|Hammarby hold Orgryte to goalless draw",
      "HAMMARBY HOLD ORGRYTE TO GOALLESS DRAW|hammarby|hammarby hold Orgryte to goalless draw",
      // an acronym with full stops keeps its capitals, in either style
      "E.U. FISHING DEAL SIGNED IN TROMSO|E.U.|E.U. fishing deal signed in Tromso",
      "E.U. Fishing Deal Signed in Tromso|E.U.|E.U. fishing deal signed in Tromso",
      // Title Case: words the body writes capitalised stay, the rest is lower-cased
      "Hammarby Beat Orgryte in Stockholm Derby|Hammarby|Hammarby beat Orgryte in stockholm derby"})
  void headlinesTakeTheBodysCapitals(String headline, String bodyForm, String seen) {
    String body = "The coach of Orgryte said on Sunday that the match in Tromso was hard. "
        + "Fans of " + bodyForm + " sang.";
    List<String> sentences = seenByNameFinder(headline + "\n\n" + body, true);
    assertThat(String.join(" ", sentences.subList(0, sentences.size() - 2))).isEqualTo(seen);
  }

  @Test
  void aDatelineInTheBodyKeepsItsCapitals() {
    assertThat(seenByNameFinder("Harbour Strike Ends\n\nTROMSO 1997-03-14\n\nDock workers went back.", true))
        .contains("TROMSO 1997-03-14");
  }
}
