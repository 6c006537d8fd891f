package org.newsgraph.eval.carb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LenientMatcherTest {

  private static final String S = "sentence";

  /** "rel | arg | arg ..." to an extraction. */
  private static CarbExtraction tuple(String spec) {
    List<String> parts = Arrays.stream(spec.split("\\|", -1)).map(String::strip).toList();
    return new CarbExtraction(S, 1.0, parts.get(0), parts.subList(1, parts.size()));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("SCORING.md worked example",
            "made a final offer on | President Bush | the minimum wage | Earlier this year",
            "made | President Bush | a final offer on the minimum wage", 6.0 / 10, 6.0 / 13),
        Arguments.of("exact match", "met | Kim | Trump", "met | Kim | Trump", 1.0, 1.0),
        Arguments.of("no relation word in common", "met | Kim | Trump", "saw | Kim | Trump", 0, 0),
        Arguments.of("case-sensitive", "met | Kim | Trump", "Met | Kim | Trump", 0, 0),
        Arguments.of("gold object but no predicted object", "met | Kim | Trump", "met | Kim", 0, 0),
        Arguments.of("predicted object ignored for a one-argument gold",
            "resigned | Kim", "resigned | Kim | in May", 1.0, 1.0),
        Arguments.of("predicted 'be' matches a gold form of be",
            "is leader of | Kim | North Korea", "be leader of | Kim | North Korea", 1.0, 1.0),
        Arguments.of("zero overlap on an argument is allowed",
            "met | Kim | Trump", "met | Moon | Trump", 2.0 / 3, 2.0 / 3),
        Arguments.of("extra arguments join the object",
            "met | Kim | Trump | L: in Singapore", "met | Kim | Trump | in Singapore",
            1.0, 5.0 / 6),
        Arguments.of("reporting verb: reversed arguments count",
            "said | Moon | talks were useful", "said | talks were useful | Moon", 1.0, 1.0),
        Arguments.of("no reversal for other verbs",
            "praised | Putin | Trump", "praised | Trump | Putin", 1.0 / 3, 1.0 / 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void scoresLikeCarb(String name, String gold, String predicted, double precision, double recall) {
    MatchScore score = new LenientMatcher().score(tuple(gold), tuple(predicted));

    assertThat(score.precision()).isCloseTo(precision, within(1e-12));
    assertThat(score.recall()).isCloseTo(recall, within(1e-12));
  }
}
