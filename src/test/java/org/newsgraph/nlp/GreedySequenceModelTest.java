package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The greedy decoder against OpenNLP's beam search of width one, on a small model made by hand. */
class GreedySequenceModelTest {

  private static final String[] OUTCOMES = {"A", "B", "C"};

  /** Features: the word and the outcome before it. */
  private static final BeamSearchContextGenerator<String> CONTEXTS =
      (i, words, before, extra) -> new String[] {"w=" + words[i], "p=" + (i == 0 ? "bos" : before[i - 1])};

  /** C may not follow A (as I-X may not follow B-Y); the array of outcomes so far is read by its length, as OpenNLP's validators do. */
  private static final SequenceValidator<String> NO_C_AFTER_A =
      (i, words, before, outcome) -> !(outcome.equals("C") && before.length > 0 && before[before.length - 1].equals("A"));

  private static final SequenceValidator<String> ANYTHING = (i, words, before, outcome) -> true;

  /** Probabilities made up per context, the same on every call. */
  private static class TableModel implements MaxentModel {
    int evaluations;

    @Override
    public double[] eval(String[] context, double[] probs) {
      evaluations++;
      Random r = new Random(Objects.hash((Object[]) context));
      double sum = 0;
      for (int o = 0; o < probs.length; o++) {
        probs[o] = r.nextDouble();
        sum += probs[o];
      }
      for (int o = 0; o < probs.length; o++) {
        probs[o] /= sum;
      }
      return probs;
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[OUTCOMES.length]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return eval(context);
    }

    @Override
    public String getBestOutcome(double[] probs) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String getAllOutcomes(double[] probs) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String getOutcome(int i) {
      return OUTCOMES[i];
    }

    @Override
    public int getIndex(String outcome) {
      return Arrays.asList(OUTCOMES).indexOf(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return OUTCOMES.length;
    }
  }

  /** Every sequence of one to five words over {x, y, z}. */
  private static List<String[]> allSentences() {
    List<String[]> out = new ArrayList<>();
    List<String[]> shorter = new ArrayList<>();
    shorter.add(new String[0]);
    for (int n = 1; n <= 5; n++) {
      List<String[]> longer = new ArrayList<>();
      for (String[] s : shorter) {
        for (String w : new String[] {"x", "y", "z"}) {
          String[] t = Arrays.copyOf(s, n);
          t[n - 1] = w;
          longer.add(t);
        }
      }
      out.addAll(longer);
      shorter = longer;
    }
    return out;
  }

  @ParameterizedTest(name = "memory {0}")
  @ValueSource(ints = {0, 2, 1000})
  void findsWhatBeamSearchOfWidthOneFinds(int memory) {
    TableModel model = new TableModel();
    GreedySequenceModel greedy = new GreedySequenceModel(model, memory);
    BeamSearch beam = new BeamSearch(1, model);
    for (SequenceValidator<String> validator : List.of(ANYTHING, NO_C_AFTER_A)) {
      for (String[] words : allSentences()) {
        Sequence expected = beam.bestSequence(words, null, CONTEXTS, validator);
        Sequence actual = greedy.bestSequence(words, null, CONTEXTS, validator);

        assertThat(actual.getOutcomes()).as(String.join(" ", words)).isEqualTo(expected.getOutcomes());
        assertThat(actual.getProbs()).isEqualTo(expected.getProbs());
        assertThat(actual.getScore()).isEqualTo(expected.getScore());
      }
    }
  }

  @Test
  void theValidatorIsObeyed() {
    GreedySequenceModel greedy = new GreedySequenceModel(new TableModel(), 100);
    for (String[] words : allSentences()) {
      List<String> outcomes = greedy.bestSequence(words, null, CONTEXTS, NO_C_AFTER_A).getOutcomes();
      for (int i = 1; i < outcomes.size(); i++) {
        assertThat(outcomes.get(i - 1) + outcomes.get(i)).isNotEqualTo("AC");
      }
    }
  }

  @Test
  void rememberedContextsAreNotEvaluatedAgain() {
    TableModel model = new TableModel();
    GreedySequenceModel greedy = new GreedySequenceModel(model, 100);
    String[] words = {"x", "y", "x", "y", "x", "y"};
    greedy.bestSequence(words, null, CONTEXTS, ANYTHING);
    int first = model.evaluations;

    greedy.bestSequence(words, null, CONTEXTS, ANYTHING);

    assertThat(first).isLessThanOrEqualTo(words.length);
    assertThat(model.evaluations).isEqualTo(first);
  }

  @Test
  void equalProbabilitiesGoToTheFirstOutcomeAsInBeamSearch() {
    MaxentModel flat = new TableModel() {
      @Override
      public double[] eval(String[] context, double[] probs) {
        Arrays.fill(probs, 1.0 / probs.length);
        return probs;
      }
    };
    String[] words = {"x", "y", "z"};
    Sequence expected = new BeamSearch(1, flat).bestSequence(words, null, CONTEXTS, ANYTHING);

    Sequence actual = new GreedySequenceModel(flat, 0).bestSequence(words, null, CONTEXTS, ANYTHING);

    assertThat(actual.getOutcomes()).containsExactly("A", "A", "A").isEqualTo(expected.getOutcomes());
  }

  @Test
  void moreThanOneSequenceComesFromABeamSearch() {
    TableModel model = new TableModel();
    String[] words = {"x", "y", "z", "x"};
    Sequence[] expected = new BeamSearch(3, model).bestSequences(3, words, null, CONTEXTS, NO_C_AFTER_A);

    Sequence[] actual = new GreedySequenceModel(model, 0).bestSequences(3, words, null, CONTEXTS, NO_C_AFTER_A);

    assertThat(actual).hasSize(3);
    for (int k = 0; k < 3; k++) {
      assertThat(actual[k].getOutcomes()).isEqualTo(expected[k].getOutcomes());
    }
  }
}
