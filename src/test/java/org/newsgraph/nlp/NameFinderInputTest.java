package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tokens the name finder is handed, through the real pipeline, against how its training text writes them. */
class NameFinderInputTest {

  private static NlpModels models;

  @BeforeAll
  static void load() {
    models = NlpModels.loadDefault();
  }

  private static List<String> seenByNameFinder(NlpPipeline nlp, List<String> seen, String text) {
    nlp.annotate(text);
    return seen;
  }

  private static NlpPipeline recording(List<String> seen) {
    return new NlpPipeline(models, sentences -> {
      sentences.forEach(s -> seen.add(String.join(" ", s)));
      return NameTagger.NONE.findInDocument(sentences);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // straight and curly quotes alike reach the name finder as the straight quote of CoNLL text
      "\"We will sail,\" said Karin Lund.|\" We will sail , \" said Karin Lund .",
      "“We will sail,” said Karin Lund.|\" We will sail , \" said Karin Lund .",
      // a single quote stays what it is
      "Olav Berg's 'Blue Fjord' docked.|Olav Berg 's ' Blue Fjord ' docked ."})
  void doubleQuotesAreStraight(String text, String seen) {
    List<String> out = new ArrayList<>();
    assertThat(seenByNameFinder(recording(out), out, text)).containsExactly(seen);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "`` We will sail , '' said Karin Lund .|\" We will sail , \" said Karin Lund ."})
  void pretokenisedQuotesAreStraightToo(String line, String seen) {
    List<String> out = new ArrayList<>();
    AnnotatedSentence s = recording(out).annotateTokens(line);
    assertThat(out).containsExactly(seen);
    assertThat(s.token(0).form()).isEqualTo("``"); // the taggers keep the PTB forms
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // an initial keeps its full stop before a capitalised word, whatever the tokenizer makes of "A."
      "A. Varga scored twice for St. Gallen on Sunday.|A. Varga scored twice for St. Gallen on Sunday .",
      "Bergen 210 (A. Moen 61, R. Kettering 40).|Bergen 210 ( A. Moen 61 , R. Kettering 40 ) .",
      // no word follows: the tokenizer's token stands
      "They chose plan A.|They chose plan A.",
      // a wire sentence in capitals ends with a full stop of its own; a dotted acronym keeps its stops
      "NORDIC SAILING RESULTS.|NORDIC SAILING RESULTS .",
      "Troops left the U.S.|Troops left the U.S.",
      // marks glued on capitals come off anywhere
      "Bankers from the UK, Norway and the fund (IMF) met.|Bankers from the UK , Norway and the fund ( IMF ) met .",
      "They met the fund (IMF).|They met the fund ( IMF ) ."})
  void initialsKeepTheirStopAndCapitalsLoseTheirMarks(String text, String seen) {
    List<String> out = new ArrayList<>();
    assertThat(seenByNameFinder(recording(out), out, text)).containsExactly(seen);
  }
}
