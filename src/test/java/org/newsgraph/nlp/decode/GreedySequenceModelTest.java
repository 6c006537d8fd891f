package org.newsgraph.nlp.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.decode.ToyTagger.ANYTHING;
import static org.newsgraph.nlp.decode.ToyTagger.CONTEXTS;
import static org.newsgraph.nlp.decode.ToyTagger.NO_C_AFTER_A;

import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The greedy decoder against OpenNLP's beam search of width one, on a tagger made by hand. */
class GreedySequenceModelTest {

  @ParameterizedTest(name = "memory {0}")
  @ValueSource(ints = {0, 2, 1000})
  void findsWhatBeamSearchOfWidthOneFinds(int memory) {
    ToyTagger.Model model = new ToyTagger.Model();
    GreedySequenceModel greedy = new GreedySequenceModel(model, memory);
    BeamSearch beam = new BeamSearch(1, model);
    for (SequenceValidator<String> validator : List.of(ANYTHING, NO_C_AFTER_A)) {
      for (String[] words : ToyTagger.allSentences()) {
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
    GreedySequenceModel greedy = new GreedySequenceModel(new ToyTagger.Model(), 100);
    for (String[] words : ToyTagger.allSentences()) {
      List<String> outcomes = greedy.bestSequence(words, null, CONTEXTS, NO_C_AFTER_A).getOutcomes();
      for (int i = 1; i < outcomes.size(); i++) {
        assertThat(outcomes.get(i - 1) + outcomes.get(i)).isNotEqualTo("AC");
      }
    }
  }

  @Test
  void rememberedContextsAreNotEvaluatedAgain() {
    ToyTagger.Model model = new ToyTagger.Model();
    GreedySequenceModel greedy = new GreedySequenceModel(model, 100);
    String[] words = {"x", "y", "x", "y", "x", "y"};
    greedy.bestSequence(words, null, CONTEXTS, ANYTHING);
    int first = model.evaluations;

    greedy.bestSequence(words, null, CONTEXTS, ANYTHING);

    assertThat(first).isLessThanOrEqualTo(words.length);
    assertThat(model.evaluations).isEqualTo(first);
  }

  @Test
  void namedContextsAreRememberedWithoutBeingBuilt() {
    ToyTagger.Model model = new ToyTagger.Model();
    GreedySequenceModel greedy = new GreedySequenceModel(model, 100);
    int[] built = {0};
    BeamSearchContextGenerator<String> counting = (i, words, before, extra) -> {
      built[0]++;
      return CONTEXTS.getContext(i, words, before, extra);
    };
    // The toy's context is the word and the previous outcome, so these name it.
    GreedySequenceModel.ContextName<String> names =
        (i, words, before) -> words[i] + "|" + (i == 0 ? "bos" : before[i - 1]);
    BeamSearch beam = new BeamSearch(1, model);
    for (String[] words : ToyTagger.allSentences()) {
      Sequence expected = beam.bestSequence(words, null, CONTEXTS, NO_C_AFTER_A);
      Sequence actual = greedy.bestSequence(words, null, counting, NO_C_AFTER_A, names);
      assertThat(actual.getOutcomes()).as(String.join(" ", words)).isEqualTo(expected.getOutcomes());
      assertThat(actual.getProbs()).isEqualTo(expected.getProbs());
    }
    int builtOnce = built[0];

    for (String[] words : ToyTagger.allSentences()) {
      greedy.bestSequence(words, null, counting, NO_C_AFTER_A, names);
    }

    assertThat(builtOnce).isPositive();
    assertThat(built[0]).isEqualTo(builtOnce);
  }

  @Test
  void equalProbabilitiesGoToTheFirstOutcomeAsInBeamSearch() {
    ToyTagger.Model flat = new ToyTagger.FlatModel();
    String[] words = {"x", "y", "z"};
    Sequence expected = new BeamSearch(1, flat).bestSequence(words, null, CONTEXTS, ANYTHING);

    Sequence actual = new GreedySequenceModel(flat, 0).bestSequence(words, null, CONTEXTS, ANYTHING);

    assertThat(actual.getOutcomes()).containsExactly("A", "A", "A").isEqualTo(expected.getOutcomes());
  }

  @Test
  void moreThanOneSequenceComesFromABeam() {
    ToyTagger.Model model = new ToyTagger.Model();
    String[] words = {"x", "y", "z", "x"};
    Sequence[] expected = new BeamSearch(3, model).bestSequences(3, words, null, CONTEXTS, NO_C_AFTER_A);

    Sequence[] actual = new GreedySequenceModel(model, 0).bestSequences(3, words, null, CONTEXTS, NO_C_AFTER_A);

    assertThat(actual).hasSize(3);
    for (int k = 0; k < 3; k++) {
      assertThat(actual[k].getOutcomes()).isEqualTo(expected[k].getOutcomes());
    }
  }
}
