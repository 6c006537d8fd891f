package org.newsgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.decode.BeamDecoder;
import org.newsgraph.nlp.decode.OutcomeHistories;

/** {@link NameScores} against the shipped name finder model's own evaluation of the default features. */
class NameScoresTest {

  /** One document: later sentences see what earlier ones said (the adaptive features). */
  private static final String[] DOCUMENT = {
      "Finance minister Maria Lopez flew to Madrid on Tuesday to meet bankers .",
      "Lopez said the European Central Bank would keep rates at 2.5 % , Reuters reported .",
      "Shares in UK pharmaceutical firm Phytopharm closed down 19.84 % at 151.5 pence .",
      "Putin praises Trump",
      "Hi",
      "`` We will not back down , '' MARIA LOPEZ told zzqx reporters in São Paulo .",
  };

  private static BeamDecodedNameFinderModel model;
  private static MaxentModel maxent;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.DEFAULT_MODEL)) {
      model = new BeamDecodedNameFinderModel(in);
    }
    maxent = (MaxentModel) model.getArtifact("nameFinder.model");
  }

  /** The context generator as NameFinderME builds it. */
  private static NameContextGenerator contextGenerator() {
    NameContextGenerator features = model.getFactory().createContextGenerator();
    features.addFeatureGenerator(new WindowFeatureGenerator(new AdditionalContextFeatureGenerator(), 8, 8));
    return features;
  }

  @Test
  void givesTheModelsProbabilitiesForEveryPairOfPreviousOutcomes() {
    NameScores scores = NameScores.of(maxent);
    assertThat(scores).isNotNull();
    NameContextGenerator features = contextGenerator();
    assertThat(features).isExactlyInstanceOf(DefaultNameContextGenerator.class);
    BeamDecoder beam = new BeamDecoder(3, maxent);
    var validator = model.getFactory().createSequenceCodec().createSequenceValidator();
    int compared = 0;
    for (String sentence : DOCUMENT) {
      String[] tokens = sentence.split(" ");
      BeamDecoder.TokenScores sentenceScores = scores.forSentence(tokens, features, null);
      for (int i = 0; i < tokens.length; i++) {
        for (String[] before : OutcomeHistories.before(maxent, i, 1)) {
          double[] expected = maxent.eval(features.getContext(i, tokens, before, null));
          assertThat(sentenceScores.at(i, before)).as("%s, token %d", sentence, i).containsExactly(expected);
          compared++;
        }
      }
      Sequence best = beam.bestSequence(tokens, null, features, validator);
      features.updateAdaptiveData(tokens, best.getOutcomes().toArray(String[]::new));
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  @Test
  void findsWhatOpenNlpsBeamSearchFinds() throws IOException {
    NameFinder fast = NameFinder.loadDefault();
    NameFinder openNlp;
    try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.DEFAULT_MODEL)) {
      openNlp = NameFinder.of(new TokenNameFinderModel(in));
    }
    List<List<String>> document = Arrays.stream(DOCUMENT).map(s -> List.of(s.split(" "))).toList();
    assertThat(fast.findInDocument(document)).isEqualTo(openNlp.findInDocument(document));
    assertThat(fast.find(document.get(1))).isEqualTo(openNlp.find(document.get(1)));
  }

  @Test
  void onlyTheShippedModelUsesTheScores(@TempDir Path dir) throws IOException {
    assertThat(model.getNameFinderSequenceModel()).isInstanceOf(NameBeamDecoder.class);
    Path copy = dir.resolve("copy.bin");
    try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.DEFAULT_MODEL)) {
      Files.copy(in, copy);
    }
    // A user's model file may have generators that read earlier outcomes: it keeps the generic path.
    assertThat(new BeamDecodedNameFinderModel(copy).getNameFinderSequenceModel())
        .isNotInstanceOf(NameBeamDecoder.class)
        .isInstanceOf(BeamDecoder.class);
  }

  @Test
  void otherContextGeneratorsAreLeftToTheGenericPath() {
    assertThat(model.getNameFinderSequenceModel()).isInstanceOf(NameBeamDecoder.class);
    assertThat(NameScores.reproduces(contextGenerator())).isTrue();
    assertThat(NameScores.reproduces(new DefaultNameContextGenerator() {})).isFalse();
    assertThat(NameScores.reproduces(null)).isFalse();
  }
}
