package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Words that give a person a role ("President", "State Secretary", "leader"): they are kept as the
 * person's title, not as part of the name.
 */
final class Titles {

  private static final Set<String> CORE = Set.of(
      "president", "minister", "secretary", "chancellor", "king", "queen", "prince", "princess",
      "leader", "chairman", "chairwoman", "chair", "ceo", "governor", "senator", "sen.", "gov.",
      "rep.", "congressman", "congresswoman", "general", "gen.", "mr.", "mrs.", "ms.", "dr.", "mr",
      "mrs", "ms", "dr", "pope", "ambassador", "spokesman", "spokeswoman", "spokesperson",
      "director", "premier", "mayor", "judge", "emperor", "sheikh", "sir", "dame", "lord",
      "coach", "manager", "captain", "commander", "envoy", "chief", "justice", "lawmaker",
      "founder", "officer", "adviser", "advisor", "correspondent", "reporter", "editor", "excellency",
      "majesty", "highness", "honor", "honour");

  /** Words that form a title only together with a core word: "Prime Minister", "State Secretary". */
  private static final Set<String> MODIFIERS = Set.of(
      "vice", "deputy", "prime", "foreign", "state", "supreme", "defense", "defence", "finance",
      "trade", "interior", "executive", "former", "acting", "first", "opposition", "party",
      "senior", "top", "chief", "general", "attorney", "national", "security", "press");

  private Titles() {}

  static boolean isCore(String word) {
    return CORE.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isTitleWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CORE.contains(w) || MODIFIERS.contains(w);
  }
}
