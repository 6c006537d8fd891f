package org.newsgraph.nlp.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.decode.ToyTagger.ANYTHING;
import static org.newsgraph.nlp.decode.ToyTagger.CONTEXTS;
import static org.newsgraph.nlp.decode.ToyTagger.NO_C_AFTER_A;

import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The beam decoder against OpenNLP's beam search, on a tagger made by hand. */
class BeamDecoderTest {

  private static void assertSame(Sequence[] actual, Sequence[] expected, String[] words) {
    assertThat(actual).as(String.join(" ", words)).hasSameSizeAs(expected);
    for (int k = 0; k < expected.length; k++) {
      assertThat(actual[k].getOutcomes()).as(String.join(" ", words) + " #" + k).isEqualTo(expected[k].getOutcomes());
      assertThat(actual[k].getProbs()).isEqualTo(expected[k].getProbs());
      assertThat(actual[k].getScore()).isEqualTo(expected[k].getScore());
    }
  }

  @ParameterizedTest(name = "width {0}, {1} sequence(s)")
  @CsvSource({"1, 1", "2, 1", "2, 2", "3, 1", "3, 3", "3, 5", "4, 4"})
  void findsWhatBeamSearchFinds(int width, int sequences) {
    ToyTagger.Model model = new ToyTagger.Model();
    BeamSearch reference = new BeamSearch(width, model);
    BeamDecoder decoder = new BeamDecoder(width, model);
    for (SequenceValidator<String> validator : List.of(ANYTHING, NO_C_AFTER_A)) {
      for (String[] words : ToyTagger.allSentences()) {
        assertSame(decoder.bestSequences(sequences, words, null, CONTEXTS, validator),
            reference.bestSequences(sequences, words, null, CONTEXTS, validator), words);
      }
    }
  }

  @ParameterizedTest(name = "width {0}")
  @ValueSource(ints = {2, 3})
  void equalScoresComeInBeamSearchsOrder(int width) {
    ToyTagger.Model flat = new ToyTagger.FlatModel();
    for (String[] words : ToyTagger.allSentences()) {
      assertSame(new BeamDecoder(width, flat).bestSequences(width, words, null, CONTEXTS, NO_C_AFTER_A),
          new BeamSearch(width, flat).bestSequences(width, words, null, CONTEXTS, NO_C_AFTER_A), words);
    }
  }

  @Test
  void evaluatesEachDistinctContextOfATokenOnce() {
    ToyTagger.Model flat = new ToyTagger.FlatModel();
    String[] words = {"x", "y", "z", "x", "y"};

    new BeamDecoder(3, flat).bestSequence(words, null, CONTEXTS, ANYTHING);

    // The first token has one context; later ones one per outcome before them that is in the beam.
    assertThat(flat.evaluations).isLessThanOrEqualTo(1 + 3 * (words.length - 1));
    int beamSearchEvaluations = flat.evaluations;
    flat.evaluations = 0;
    new BeamSearch(3, flat).bestSequence(words, null, CONTEXTS, ANYTHING);
    assertThat(beamSearchEvaluations).isLessThanOrEqualTo(flat.evaluations);
  }

  @ParameterizedTest(name = "{0}-th largest of {1} is {2}")
  @CsvSource({
      "1, 0.1 0.5 0.2, 0.5",
      "2, 0.1 0.5 0.2, 0.2",
      "3, 0.1 0.5 0.2, 0.1",
      "4, 0.1 0.5 0.2, 0.1",
      "2, 0.5 0.1 0.5, 0.5",
      "3, 0.3 0.3 0.1 0.3 0.2, 0.3",
  })
  void kthLargestCountsDuplicates(int k, String values, double expected) {
    double[] v = java.util.Arrays.stream(values.split(" ")).mapToDouble(Double::parseDouble).toArray();

    assertThat(BeamDecoder.kthLargest(v, k)).isEqualTo(expected);
  }
}
