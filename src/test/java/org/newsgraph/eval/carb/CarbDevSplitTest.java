package org.newsgraph.eval.carb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scores OpenIE-5's output on the CaRB dev split, from {@code ../shared/eval/carb} next to the
 * project (never copied into it). Skipped when the data is absent.
 */
class CarbDevSplitTest {

  private static final Path CARB = Path.of("..", "shared", "eval", "carb");
  private static final Path GOLD = CARB.resolve("dev_gold.tsv");
  private static final Path OPENIE5 = CARB.resolve("system_outputs/openie5_dev_output.txt");

  private static List<CarbExtraction> gold;
  private static List<CarbExtraction> openIe5;

  @BeforeAll
  static void readData() throws IOException {
    if (Files.isReadable(GOLD) && Files.isReadable(OPENIE5)) {
      gold = new CarbGoldReader().read(GOLD);
      openIe5 = new OpenIeReader().read(OPENIE5);
    }
  }

  // Per test rather than in @BeforeAll, so that the skipped tests are counted as skipped.
  @BeforeEach
  void requireData() {
    assumeTrue(gold != null, "CaRB dev data not found in " + CARB.toAbsolutePath().normalize());
  }

  @Test
  void readsTheWholeDevSplit() {
    CarbResult result = new CarbScorer().score(gold, openIe5);

    assertThat(result.goldSentences()).isEqualTo(638);
    assertThat(result.goldExtractions()).isEqualTo(2548);
    // 1,659 lines, 80 of them without a second argument.
    assertThat(result.predictedExtractions()).isEqualTo(1579);
    assertThat(result.scoredExtractions()).isEqualTo(1579);
  }

  /** The reference point in SOURCES.md: the official scorer on OpenIE-5's dev output. */
  @Test
  void reproducesOfficialFigures() {
    CarbResult result = new CarbScorer().score(gold, openIe5);

    assertThat(rounded(result)).containsExactly(
        new BigDecimal("0.526"), new BigDecimal("0.406"), new BigDecimal("0.458"),
        new BigDecimal("0.240"));
  }

  @Test
  void tabbedRoundTripScoresTheSame() throws IOException {
    StringWriter tabbed = new StringWriter();
    CarbTabbedWriter writer = new CarbTabbedWriter(tabbed);
    openIe5.forEach(writer::write);
    List<CarbExtraction> reread = new CarbTabbedReader()
        .read(new BufferedReader(new StringReader(tabbed.toString())), "tabbed");

    CarbScorer scorer = new CarbScorer();
    assertThat(scorer.score(gold, reread)).isEqualTo(scorer.score(gold, openIe5));
  }

  private static List<BigDecimal> rounded(CarbResult result) {
    return List.of(
        CarbResult.rounded(result.precision()), CarbResult.rounded(result.recall()),
        CarbResult.rounded(result.f1()), CarbResult.rounded(result.auc()));
  }
}
