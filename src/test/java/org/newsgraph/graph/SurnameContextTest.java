package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurnameContextTest {

  private static final SurnameContext.Surname VANCE = new SurnameContext.Surname("entity:vance",
      Map.of("entity:tomasvance", List.of("entity:tomasvance", "entity:tvance"), "entity:helenvance",
          List.of("entity:helenvance")),
      Set.of("entity:tomasvance", "entity:tvance", "entity:helenvance"), "Vance", "Person", null,
      Map.of("entity:tomasvance", "male", "entity:helenvance", "female"));

  /** The same, with Tomas Vance written far more often than Helen: the likely one. */
  private static final SurnameContext.Surname LIKELY_TOMAS = new SurnameContext.Surname(VANCE.key(), VANCE.candidates(),
      VANCE.named(), VANCE.name(), VANCE.type(), "entity:tomasvance", VANCE.genders());

  /** Tomas Vance's articles (one written "T Vance") name a, b, c, d; Helen Vance's name e, f, g and a. */
  private static final Map<String, Map<String, Set<String>>> PROFILES = Map.of(
      "entity:tomasvance", Map.of("p1", Set.of("a", "b", "place:k", "place:m"), "p2", Set.of("c", "d", "entity:vance")),
      "entity:helenvance", Map.of("p3", Set.of("e", "f", "g", "a")));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a b c d | | | entity:tomasvance",        // 4 shared against 1
      "b c d | | | entity:tomasvance",          // 3 against 0
      "a b c | | | ",                           // 3 against 1: not clearly more
      "b c | | | ",                             // too few
      "e f g | | | entity:helenvance",
      "b c d x | entity:helenvance | | ",       // the article names Helen Vance and keeps Vance apart
      "b c d | entity:tvance | | ",             // or T Vance
      "b c d | entity:vanceoduya | vance | ",   // or someone whose first name is Vance
      "entity:vance entity:tomasvance b c | | | "}) // the surname and its candidates are not context
  void anArticleJoinsTheCandidateItsContextClearlyNames(String context, String named, String firstWords,
      String expected) {
    SurnameContext.Writer w = new SurnameContext.Writer("x", words(named), words(context), Set.of(), words(firstWords),
        Set.of());
    assertThat(SurnameContext.choose(VANCE, w, PROFILES)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "b | entity:tomasvance",                  // one name shared is enough for the likely one
      "x y z | ",                               // nothing shared: not the likely one either
      "x y | entity:tomasvance",                // unless the article names too few people to tell
      "a | entity:tomasvance",                  // shared with both, no more with Helen
      "e f | ",                                 // Helen's articles share more
      "e f g | entity:helenvance",              // and clearly more: Helen
      "place:k place:m x y z | entity:tomasvance", // two shared places will do
      "place:k x y z | "})                      // one will not
  void theLikelyCandidateNeedsOneSharedNameAndNoOtherSharingMore(String context, String expected) {
    SurnameContext.Writer w = new SurnameContext.Writer("x", Set.of(), words(context), Set.of(), Set.of(), Set.of());
    assertThat(SurnameContext.choose(LIKELY_TOMAS, w, PROFILES)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a b c d | female | ",                    // "Mrs Vance" among Tomas's people: not Tomas
      "e f g | male | ",                        // "Mr Vance" among Helen's: not Helen
      "e f g | female | entity:helenvance",
      "b | female | "})                         // nor is the likely one a woman's name
  void anHonorificRulesOutACandidateOfTheOtherGender(String context, String gender, String expected) {
    SurnameContext.Writer w = new SurnameContext.Writer("x", Set.of(), words(context), Set.of(), Set.of(),
        Set.of(gender));
    assertThat(SurnameContext.choose(LIKELY_TOMAS, w, PROFILES)).isEqualTo(expected);
  }

  private static Set<String> words(String text) {
    return text == null ? Set.of() : Set.of(text.split(" "));
  }
}
