package org.newsgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.ner.NerTrainingConfig.DocumentLabels;
import org.newsgraph.nlp.ner.features.MemoisedWindowFeatureGeneratorFactory;
import org.newsgraph.nlp.ner.features.WordClusters;

/** Trains tiny models on a slice of CoNLL-2003 (skipped when the shared data is absent). */
class NerTrainerTest {

  private static final Path DATA = Path.of("..", "shared", "eval", "ner");
  private static final NerTrainingConfig TINY =
      new NerTrainingConfig("PERCEPTRON", 20, 1, 7L, "BILOU", 1, 3, 0, 0, null, false, DocumentLabels.NONE);

  private static List<ConllSentence> trainSlice;
  private static List<ConllSentence> heldOut;

  @BeforeAll
  static void readSlices() {
    assumeTrue(Files.isRegularFile(DATA.resolve("conll2003_train.txt")),
        "CoNLL-2003 not found in " + DATA.toAbsolutePath().normalize());
    trainSlice = ConllReader.read(DATA.resolve("conll2003_train.txt")).subList(0, 2000);
    heldOut = ConllReader.read(DATA.resolve("conll2003_dev.txt")).subList(0, 400);
  }

  @Test
  void tinyModelTagsHeldOutSentencesFarBetterThanChance(@TempDir Path dir) {
    TokenNameFinderModel model = NerTrainer.train(trainSlice, TINY, Gazetteers.none());

    NerScores scores = new ConllTagger(NameFinder.of(model), true).evaluate(heldOut);
    double chance = randomTaggerF1(heldOut, new Random(1));

    assertThat(chance).isLessThan(0.1);
    assertThat(scores.overall().f1()).isGreaterThan(0.5).isGreaterThan(chance + 0.4);
    assertThat(scores.byType()).containsKeys("PER", "LOC", "ORG", "MISC");
  }

  @Test
  void sameSeedGivesTheSameModelAndItSurvivesSerialisation(@TempDir Path dir) throws Exception {
    List<ConllSentence> slice = trainSlice.subList(0, 600);
    TokenNameFinderModel first = NerTrainer.train(slice, TINY, Gazetteers.none());
    TokenNameFinderModel second = NerTrainer.train(slice, TINY, Gazetteers.none());
    Path file = dir.resolve("tiny.bin");
    first.serialize(file);

    List<List<String>> a = new ConllTagger(NameFinder.of(first), true).tag(heldOut);
    List<List<String>> b = new ConllTagger(NameFinder.of(second), true).tag(heldOut);
    List<List<String>> reloaded = new ConllTagger(NameFinder.load(file), true).tag(heldOut);

    assertThat(b).isEqualTo(a);
    assertThat(reloaded).isEqualTo(a);
  }

  @Test
  void memoisedWindowsTrainTheSameModelAsOpenNlpsWindows() {
    List<ConllSentence> slice = trainSlice.subList(0, 600);
    String memoised = new String(NerTrainer.descriptor(TINY), StandardCharsets.UTF_8);
    String openNlps = memoised.replace(MemoisedWindowFeatureGeneratorFactory.class.getName(),
        WindowFeatureGeneratorFactory.class.getName());
    NerTrainingConfig openNlpWindows = new NerTrainingConfig("PERCEPTRON", 20, 1, 7L, "BILOU", 1, 3, 0, 0,
        openNlps.getBytes(StandardCharsets.UTF_8), false, DocumentLabels.NONE);

    AbstractModel a = NerTrainer.train(slice, TINY, Gazetteers.none()).getArtifact("nameFinder.model");
    AbstractModel b = NerTrainer.train(slice, openNlpWindows, Gazetteers.none()).getArtifact("nameFinder.model");

    assertThat(openNlps).isNotEqualTo(memoised);
    // Outcomes, then every feature's parameters (PerceptronModel.equals leaves the features out).
    assertThat(a.getDataStructures()[2]).isEqualTo(b.getDataStructures()[2]);
    assertThat(a.getDataStructures()[1]).isEqualTo(b.getDataStructures()[1]);
  }

  @Test
  void wordClustersTravelInTheModelFile(@TempDir Path dir) throws Exception {
    List<ConllSentence> slice = trainSlice.subList(0, 600);
    String clusterWindow = """
        <generator class="org.newsgraph.nlp.ner.features.MemoisedWindowFeatureGeneratorFactory">
          <int name="prevLength">1</int>
          <int name="nextLength">1</int>
          <generator class="org.newsgraph.nlp.ner.features.WordClusterFeatureGeneratorFactory">
            <str name="dict">word-clusters-test.dictionary</str>
            <str name="prefix">c</str>
          </generator>
        </generator>
        <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>""";
    String descriptor = new String(NerTrainer.descriptor(TINY), StandardCharsets.UTF_8).replace(
        "<generator class=\"opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory\"/>", clusterWindow);
    NerTrainingConfig config = new NerTrainingConfig("PERCEPTRON", 20, 1, 7L, "BILOU", 1, 3, 0, 0,
        descriptor.getBytes(StandardCharsets.UTF_8), false, DocumentLabels.NONE);
    WordClusters clusters = WordClusters.read(new ByteArrayInputStream(
        "Germany 1\nFrance 1\nBritain 1\nsaid 2\ntold 2\nMonday 3\nFriday 3\n".getBytes(StandardCharsets.UTF_8)));

    TokenNameFinderModel model = NerTrainer.train(slice, config, Gazetteers.none(),
        Map.of("word-clusters-test.dictionary", clusters));
    Path file = dir.resolve("clusters.bin");
    model.serialize(file);

    AbstractModel parameters = model.getArtifact("nameFinder.model");
    List<Object> features = List.copyOf(((Map<?, ?>) parameters.getDataStructures()[1]).keySet());
    assertThat(features).contains("p1c=1", "c=2", "n1c=3");
    List<List<String>> tags = new ConllTagger(NameFinder.of(model), true).tag(heldOut);
    assertThat(new ConllTagger(NameFinder.load(file), true).tag(heldOut)).isEqualTo(tags);
  }

  @Test
  void documentFeaturesAndFirstPassLabelsTravelInTheModelFile(@TempDir Path dir) throws Exception {
    List<ConllSentence> slice = trainSlice.subList(0, 600);
    NerTrainingConfig config =
        new NerTrainingConfig("PERCEPTRON", 20, 1, 7L, "BILOU", 1, 3, 0, 0, null, true, DocumentLabels.JACKKNIFE);

    TokenNameFinderModel model = NerTrainer.train(slice, config, Gazetteers.none());
    Path file = dir.resolve("document.bin");
    model.serialize(file);

    AbstractModel parameters = model.getArtifact("nameFinder.model");
    List<String> features = ((Map<?, ?>) parameters.getDataStructures()[1]).keySet().stream()
        .map(Object::toString).toList();
    assertThat(features).anyMatch(f -> f.contains("dlab=PER")).anyMatch(f -> f.contains("dci&caps"));
    List<List<String>> tags = new ConllTagger(NameFinder.of(model), true).tag(heldOut);
    assertThat(new ConllTagger(NameFinder.load(file), true).tag(heldOut)).isEqualTo(tags);
  }

  /** F1 of a tagger that draws each tag at random with the gold tag frequencies. */
  private static double randomTaggerF1(List<ConllSentence> gold, Random random) {
    List<String> pool = new ArrayList<>();
    gold.forEach(s -> pool.addAll(s.tags()));
    NerScorer scorer = new NerScorer();
    for (ConllSentence sentence : gold) {
      List<String> guess = new ArrayList<>();
      for (int i = 0; i < sentence.tags().size(); i++) {
        guess.add(pool.get(random.nextInt(pool.size())));
      }
      scorer.addTags(sentence.tags(), guess);
    }
    return scorer.scores().overall().f1();
  }
}
