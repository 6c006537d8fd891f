package org.newsgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model shipped in src/main/resources. */
class NameFinderTest {

  private static NameFinder finder;

  @BeforeAll
  static void load() {
    finder = NameFinder.loadDefault();
  }

  private static List<String> tokens(String sentence) {
    return List.of(sentence.split(" "));
  }

  private static String named(List<String> tokens, List<NameSpan> spans) {
    return String.join(" | ", spans.stream()
        .map(s -> s.type() + " " + String.join(" ", tokens.subList(s.start(), s.end()))).toList());
  }

  @Test
  void findsAPersonAndAPlace() {
    List<String> tokens = tokens("Finance minister Maria Lopez flew to Madrid on Tuesday to meet bankers .");
    List<NameSpan> spans = finder.find(tokens);
    assertThat(named(tokens, spans)).isEqualTo("PER Maria Lopez | LOC Madrid");
    assertThat(spans).allSatisfy(s -> assertThat(s.probability()).isBetween(0.0, 1.0));
  }

  @Test
  void emptySentenceHasNoNames() {
    assertThat(finder.find(List.of())).isEmpty();
  }

  @Test
  void givesTheSameAnswersFromManyThreads() throws Exception {
    List<String> tokens = tokens("Peter Brown of the World Bank arrived in Nairobi .");
    List<NameSpan> expected = finder.find(tokens);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<NameSpan>>> results = pool.invokeAll(
          java.util.Collections.nCopies(32, () -> finder.find(tokens)));
      for (Future<List<NameSpan>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aMissingModelFileIsAClearError() {
    assertThatThrownBy(() -> NameFinder.load(Path.of("no-such-model.bin")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-model.bin");
  }

  @Test
  void givesOpenNlpsNamesAndProbabilitiesBitForBit() throws Exception {
    TokenNameFinderModel plain;
    try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.DEFAULT_MODEL)) {
      plain = new TokenNameFinderModel(in);
    }
    // OpenNLP's own decoder, feature generators and model evaluation.
    NameFinder reference = NameFinder.of(plain);
    List<List<String>> document = List.of(
        tokens("Finance minister Maria Lopez flew to Madrid on Tuesday to meet bankers ."),
        tokens("LOPEZ SAYS SPAIN WILL NOT SELL STAKE IN BANCO SANTANDER"),
        tokens("Lopez , 54 , met World Bank officials and Peter Brown of Goldman Sachs in Washington ."),
        tokens("The European Central Bank 's Jean-Claude Trichet said the U.S. economy was slowing ."),
        tokens("Brown declined to comment ."));

    assertThat(finder.findInDocument(document)).isEqualTo(reference.findInDocument(document))
        .anySatisfy(names -> assertThat(names).hasSizeGreaterThan(2));
    for (List<String> sentence : document) {
      assertThat(finder.find(sentence)).isEqualTo(reference.find(sentence));
    }
  }
}
