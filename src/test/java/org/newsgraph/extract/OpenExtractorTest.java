package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.NameTagger;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;

/**
 * One hand-written, tokenised sentence per construction, through the real OpenNLP models; open
 * extractions need no names, so there is no name finder.
 */
class OpenExtractorTest {

  private static final NlpPipeline NLP = new NlpPipeline(NlpModels.loadDefault(), NameTagger.NONE);
  private static final OpenExtractor EXTRACTOR = new OpenExtractor();

  private static List<OpenExtraction> extract(String sentence) {
    return EXTRACTOR.extract(NLP.annotateTokens(sentence));
  }

  /** "relation | arg1 | arg2 …" for each extraction. */
  private static List<String> tuples(String sentence) {
    return extract(sentence).stream()
        .map(e -> e.relation() + " | " + String.join(" | ", e.arguments()))
        .toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '#', value = {
      "modal and adverb      # The company will probably raise its prices .          # will probably raise | The company | its prices",
      "negation              # The mayor did not meet the union leaders .            # did not meet | The mayor | the union leaders",
      "particle              # The firm gave up its claim to the land .              # gave up | The firm | its claim to the land",
      "preposition           # The minister met with farmers .                       # met with | The minister | farmers",
      "passive with agent    # The bridge was built by a local company .             # was built by | The bridge | a local company",
      "copula                # The river is the longest river in the region .       # is | The river | the longest river | in the region",
      "apposition            # Anna Berg , the Swedish foreign minister , visited the camp . # is | Anna Berg | the Swedish foreign minister",
      "subject before aside  # Anna Berg , the Swedish foreign minister , visited the camp . # visited | Anna Berg | the camp",
      "title                 # President Olaf Berg opened the new hospital .         # is | Olaf Berg | President",
      "coordinated subjects  # The miners and the dockers joined the strike .        # joined | the dockers | the strike",
      "coordinated verbs     # The factory reduced its staff and closed two plants . # closed | The factory | two plants",
      "relative clause       # The bank lent money to farmers , who bought new tractors . # bought | farmers | new tractors",
      "relative in subject   # The engineer who designed the tower moved to Madrid . # moved to | The engineer | Madrid",
      "time and place        # The minister met with farmers in Lyon on Tuesday .    # met with | The minister | farmers | in Lyon | on Tuesday",
      "reported clause       # The spokesman said the talks would resume soon .      # said | The spokesman | the talks would resume soon",
      "clause in report      # The spokesman said the talks would resume soon .      # would resume | the talks | soon",
      "that clause           # The court ruled that the `` new '' law was illegal . # ruled that | The court | the `` new '' law was illegal",
      "participle            # Workers building the dam found old coins .            # building | Workers | the dam",
      "possessive            # The town 's mayor resigned after the vote .           # has | The town | mayor",
  })
  void readsEachConstruction(String construction, String sentence, String expected) {
    assertThat(tuples(sentence.strip())).contains(expected.strip());
  }

  @Test
  void negationIsFlagged() {
    assertThat(extract("The mayor did not meet the union leaders .").get(0).negated()).isTrue();
    assertThat(extract("The mayor met the union leaders .").get(0).negated()).isFalse();
  }

  @Test
  void extractionWithoutObjectIsLessSureThanOneWithObject() {
    double withObject = extract("The minister met with farmers .").get(0).confidence();
    double withoutObject = extract("The minister resigned .").get(0).confidence();
    assertThat(withObject).isGreaterThan(withoutObject);
  }

  @Test
  void tokensAreKeptAsGiven() {
    var sentence = NLP.annotateTokens("He said `` we do n't know '' about the U.S. plan .");
    assertThat(sentence.tokens()).extracting(t -> t.text())
        .containsExactly("He", "said", "``", "we", "do", "n't", "know", "''", "about", "the", "U.S.", "plan", ".");
    assertThat(sentence.span(0, sentence.size())).isEqualTo("He said `` we do n't know '' about the U.S. plan .");
  }
}
