package org.newsgraph.nlp.ner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Memoised windows against OpenNLP's, on the shipped model's descriptor and name lists. */
class MemoisedWindowFeatureGeneratorFactoryTest {

  private static final String OPENNLP_WINDOW = "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory";
  private static final String MEMOISED_WINDOW = MemoisedWindowFeatureGeneratorFactory.class.getName();

  private static TokenNameFinderModel model;
  private static byte[] descriptor;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = MemoisedWindowFeatureGeneratorFactoryTest.class
        .getResourceAsStream("/org/newsgraph/nlp/ner/en-ner-newsgraph.bin")) {
      model = new TokenNameFinderModel(in);
    }
    descriptor = model.getArtifact("generator.featuregen");
  }

  private static AdaptiveFeatureGenerator generators(byte[] descriptor) throws IOException {
    return GeneratorFactory.create(new ByteArrayInputStream(descriptor), model::getArtifact);
  }

  private static String text(byte[] descriptor) {
    return new String(descriptor, StandardCharsets.UTF_8);
  }

  @Test
  void theShippedModelsWindowsAreAllMemoised() throws IOException {
    String memoised = text(MemoisedWindowFeatureGeneratorFactory.memoiseWindows(descriptor));

    assertThat(text(descriptor).split(OPENNLP_WINDOW, -1)).hasSize(4);
    assertThat(memoised).doesNotContain(OPENNLP_WINDOW);
    assertThat(memoised.split(MEMOISED_WINDOW, -1)).hasSize(4);
  }

  @Test
  void windowsOverOtherGeneratorsAreLeftAlone() throws IOException {
    byte[] other = ("<featureGenerators name=\"x\"><generator class=\"" + OPENNLP_WINDOW + "\">"
        + "<int name=\"prevLength\">1</int><int name=\"nextLength\">1</int>"
        + "<generator class=\"opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory\"/>"
        + "</generator></featureGenerators>").getBytes(StandardCharsets.UTF_8);

    assertThat(MemoisedWindowFeatureGeneratorFactory.memoiseWindows(other)).isSameAs(other);
  }

  @Test
  void givesOpenNlpsFeaturesInTheSameOrder() throws IOException {
    AdaptiveFeatureGenerator original = generators(descriptor);
    AdaptiveFeatureGenerator memoised = generators(MemoisedWindowFeatureGeneratorFactory.memoiseWindows(descriptor));
    String[][] document = {
        "Finance minister Maria Lopez flew to Madrid on Tuesday .".split(" "),
        "LOPEZ SAYS SPAIN WILL NOT SELL".split(" "),
        "Lopez , 54 , met World Bank officials in Washington D.C. on 1996-08-22 .".split(" "),
        "x".split(" "),
    };
    for (String[] tokens : document) {
      String[] outcomes = new String[tokens.length];
      Arrays.fill(outcomes, "other");
      outcomes[0] = "person-unit";
      for (int i = 0; i < tokens.length; i++) {
        String[] previous = Arrays.copyOf(outcomes, i);
        assertThat(features(memoised, tokens, i, previous)).as(tokens[i])
            .isEqualTo(features(original, tokens, i, previous))
            .isNotEmpty();
      }
      original.updateAdaptiveData(tokens, outcomes);
      memoised.updateAdaptiveData(tokens, outcomes);
    }
  }

  private static List<String> features(AdaptiveFeatureGenerator generator, String[] tokens, int i, String[] previous) {
    List<String> features = new ArrayList<>();
    generator.createFeatures(features, tokens, i, previous);
    return features;
  }

  @Test
  void theInnerGeneratorRunsOncePerTokenOfASentence() {
    int[] calls = new int[1];
    AdaptiveFeatureGenerator counting = (features, tokens, index, previous) -> {
      calls[0]++;
      features.add("w=" + tokens[index]);
    };
    WindowFeatureGenerator window = new WindowFeatureGenerator(new SentenceMemoFeatureGenerator(counting), 2, 2);
    String[] tokens = "a b c d e f".split(" ");

    List<String> third = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      List<String> features = new ArrayList<>();
      window.createFeatures(features, tokens, i, new String[0]);
      if (i == 2) {
        third = features;
      }
    }

    assertThat(calls[0]).isEqualTo(tokens.length);
    assertThat(third).containsExactly("w=c", "p1w=b", "p2w=a", "n1w=d", "n2w=e");
    window.updateAdaptiveData(tokens, new String[tokens.length]);
    window.createFeatures(new ArrayList<>(), tokens, 0, new String[0]);
    assertThat(calls[0]).as("a new sentence after adaptive data changed").isEqualTo(tokens.length + 3); // token 0 and the two after it
  }
}
