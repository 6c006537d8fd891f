package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.eval.carb.CarbExtraction;
import org.newsgraph.eval.carb.CarbGoldReader;
import org.newsgraph.eval.carb.CarbResult;
import org.newsgraph.eval.carb.CarbScorer;

/**
 * NewsGraph's open extractor, in both modes, on the CaRB dev split in {@code ../shared/eval/carb} (never copied
 * into the project): it must stay above the bars. Skipped when the data is absent.
 */
class CarbDevExtractionTest {

  private static final Path CARB = Path.of("..", "shared", "eval", "carb");

  /** Both modes; the accurate one parses the 641 sentences, ~20 s on two cores. */
  @ParameterizedTest
  @EnumSource(ExtractionMode.class)
  void meetsTheBarsOnDev(ExtractionMode mode) throws IOException {
    Path gold = CARB.resolve("dev_gold.tsv");
    Path sentences = CARB.resolve("dev.txt");
    assumeTrue(Files.isReadable(gold) && Files.isReadable(sentences),
        "CaRB dev data not found in " + CARB.toAbsolutePath().normalize());

    List<String> lines = Files.readAllLines(sentences, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList();
    List<CarbExtraction> extractions = Extraction.carbFromShippedModels(mode).apply(lines);
    CarbResult result = new CarbScorer().score(new CarbGoldReader().read(gold), extractions);

    assertThat(result.f1()).isGreaterThanOrEqualTo(0.50);
    assertThat(result.auc()).isGreaterThanOrEqualTo(0.30);
  }
}
