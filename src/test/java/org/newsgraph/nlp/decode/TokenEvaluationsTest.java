package org.newsgraph.nlp.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.chunker.ChunkerContextGenerator;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.TokenTag;
import org.junit.jupiter.api.Test;

/**
 * Per-token evaluations against the models' own {@code eval}, bit for bit, on the contexts the
 * shipped name finder (a perceptron) and chunker (GIS maxent) see for hand-written sentences
 * under random previous outcomes, and on those contexts with features dropped, moved or made up.
 */
class TokenEvaluationsTest {

  private static final String[][] SENTENCES = {
      "Finance minister Maria Lopez flew to Madrid on Tuesday to meet bankers .".split(" "),
      "Peter Brown of the World Bank arrived in Nairobi after talks with Kenya 's central bank .".split(" "),
      "SHARES IN BRITISH AIRWAYS FELL 3 PCT IN LONDON ON MONDAY".split(" "),
      "The U.S. Federal Reserve said on Wednesday it would keep rates at 5.25 percent , "
          .concat("citing inflation in New York and Los Angeles .").split(" "),
      "Apple Inc. and Samsung Electronics Co. settled their dispute in a San Jose court .".split(" "),
      "\" We are not going to sell , \" said Jean-Claude Trichet , head of the European Central Bank .".split(" "),
  };
  private static final String[][] TAGS = {
      "NN NN NNP NNP VBD TO NNP IN NNP TO VB NNS .".split(" "),
      "NNP NNP IN DT NNP NNP VBD IN NNP IN NNS IN NNP POS JJ NN .".split(" "),
      "NNS IN NNP NNPS VBD CD NN IN NNP IN NNP".split(" "),
      "DT NNP NNP NNP VBD IN NNP PRP MD VB NNS IN CD NN , VBG NN IN NNP NNP CC NNP NNP .".split(" "),
      "NNP NNP CC NNP NNPS NNP VBD PRP$ NN IN DT NNP NNP NN .".split(" "),
      "`` PRP VBP RB VBG TO VB , '' VBD NNP NNP , NN IN DT NNP NNP NNP .".split(" "),
  };

  private static <T> T load(String resource, ModelReader<T> reader) throws IOException {
    try (InputStream in = TokenEvaluationsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return reader.read(in);
    }
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  @Test
  void nameFinderPerceptronGivesTheModelsProbabilities() throws IOException {
    TokenNameFinderModel model = load("/org/newsgraph/nlp/ner/en-ner-newsgraph.bin", TokenNameFinderModel::new);
    MaxentModel maxent = model.getArtifact("nameFinder.model");
    assertThat(maxent).isExactlyInstanceOf(PerceptronModel.class);
    assertThat(ModelTable.of(maxent)).as("evaluated without the model's eval").isNotNull();
    NameContextGenerator generator = model.getFactory().createContextGenerator();

    int compared = 0;
    for (String[] tokens : SENTENCES) {
      compared += compareEveryToken(maxent, tokens.length,
          (i, outcomes) -> generator.getContext(i, tokens, outcomes, new Object[0]));
    }
    assertThat(compared).isGreaterThan(1000);
  }

  @Test
  void chunkerMaxentGivesTheModelsProbabilities() throws IOException {
    ChunkerModel model = load("/en-chunker.bin", ChunkerModel::new);
    MaxentModel maxent = model.getArtifact("chunker.model");
    assertThat(maxent).isExactlyInstanceOf(GISModel.class);
    assertThat(ModelTable.of(maxent)).as("evaluated without the model's eval").isNotNull();
    ChunkerContextGenerator generator = model.getFactory().getContextGenerator();

    int compared = 0;
    for (int s = 0; s < SENTENCES.length; s++) {
      TokenTag[] sentence = TokenTag.create(SENTENCES[s], TAGS[s]);
      compared += compareEveryToken(maxent, sentence.length,
          (i, outcomes) -> generator.getContext(i, sentence, outcomes, new Object[0]));
    }
    assertThat(compared).isGreaterThan(1000);
  }

  private interface Contexts {
    String[] at(int index, String[] previousOutcomes);
  }

  /** Evaluates many contexts of each token as a beam would, against eval; returns how many were compared. */
  private static int compareEveryToken(MaxentModel model, int length, Contexts contexts) {
    Random random = new Random(length);
    TokenEvaluations evaluations = new TokenEvaluations(model, 12);
    int compared = 0;
    for (int i = 0; i < length; i++) {
      evaluations.nextToken();
      List<String[]> seen = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        String[] context = contexts.at(i, randomOutcomes(model, i, random));
        seen.add(context.clone());
        compared += compare(model, evaluations, context);
      }
      for (String[] context : List.copyOf(seen)) {
        compared += compare(model, evaluations, altered(context, random));
      }
    }
    return compared;
  }

  private static int compare(MaxentModel model, TokenEvaluations evaluations, String[] context) {
    double[] expected = model.eval(context);
    double[] actual = evaluations.probabilities(context.clone());
    assertThat(bits(actual)).as(String.join(" ", context)).isEqualTo(bits(expected));
    return 1;
  }

  private static long[] bits(double[] values) {
    return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
  }

  private static String[] randomOutcomes(MaxentModel model, int length, Random random) {
    String[] outcomes = new String[length];
    for (int i = 0; i < length; i++) {
      outcomes[i] = model.getOutcome(random.nextInt(model.getNumOutcomes()));
    }
    return outcomes;
  }

  /** The context with one feature dropped, two swapped, or an unknown one added or substituted. */
  private static String[] altered(String[] context, Random random) {
    List<String> features = new ArrayList<>(Arrays.asList(context));
    int at = random.nextInt(features.size());
    switch (random.nextInt(4)) {
      case 0 -> features.remove(at);
      case 1 -> features.set(at, features.set(random.nextInt(features.size()), features.get(at)));
      case 2 -> features.add(at, "no-such-feature=" + at);
      default -> features.set(at, new String(features.get(at)) + "?");
    }
    return features.toArray(String[]::new);
  }
}
