package org.newsgraph.eval.carb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CaRB's default tuple match ({@code binary_linient_tuple_match}): word overlap between relation
 * and arguments, case-sensitive, punctuation tokens counted, no stopwords removed. Stateless and
 * thread-safe.
 *
 * <p>For gold relations of reporting verbs (said, told, ...) a prediction also gets a chance with
 * its arguments reversed, since "X said Y" is often extracted as (Y, said, X).
 */
public final class LenientMatcher {

  private static final String BE = "be";
  private static final Set<String> BE_FORMS =
      Set.of("be", "is", "am", "are", "was", "were", "been", "being");

  /** Scores a prediction against a gold extraction. */
  public MatchScore score(CarbExtraction gold, CarbExtraction predicted) {
    return score(MatchTuple.of(gold), MatchTuple.of(predicted));
  }

  MatchScore score(MatchTuple gold, MatchTuple predicted) {
    MatchScore straight = lenient(gold, predicted);
    if (gold.reporting() && predicted.args().size() >= 2) {
      return MatchScore.better(straight, lenient(gold, predicted.swapped()));
    }
    return straight;
  }

  private static MatchScore lenient(MatchTuple gold, MatchTuple predicted) {
    int predictedWords = predicted.relation().size();
    int goldWords = gold.relation().size();
    int matched = relationOverlap(gold.relation(), predicted.relation());
    if (matched == 0) {
      return MatchScore.NONE;
    }
    for (int i = 0; i < gold.args().size(); i++) {
      List<String> goldArg = gold.args().get(i);
      goldWords += goldArg.size();
      if (i >= predicted.args().size()) {
        // Gold args are binarised, so i < 2 here: a missing subject or object fails the match.
        return MatchScore.NONE;
      }
      List<String> predictedArg = predicted.args().get(i);
      predictedWords += predictedArg.size();
      matched += overlap(goldArg, new ArrayList<>(predictedArg));
    }
    return new MatchScore(ratio(matched, predictedWords), ratio(matched, goldWords));
  }

  /** Word overlap, plus one for a predicted "be" left over when the gold has any form of be. */
  private static int relationOverlap(List<String> gold, List<String> predicted) {
    List<String> remaining = new ArrayList<>(predicted);
    int matched = overlap(gold, remaining);
    if (remaining.contains(BE) && gold.stream().anyMatch(BE_FORMS::contains)) {
      matched++;
    }
    return matched;
  }

  /** Multiset overlap; removes the matched words from {@code remaining}. */
  private static int overlap(List<String> gold, List<String> remaining) {
    int matched = 0;
    for (String word : gold) {
      if (remaining.remove(word)) {
        matched++;
      }
    }
    return matched;
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
