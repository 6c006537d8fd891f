package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The closed vocabulary of relationship types. A type is either a verb lemma of {@code verbs.txt},
 * optionally followed by up to two particles or prepositions ({@code MEET}, {@code GO_BACK_ON},
 * {@code PULL_OUT_OF}), or a role followed by {@code OF} whose words are all title words of
 * {@link Titles} and none an honorific or a day or month ({@code PRESIDENT_OF},
 * {@code FINANCE_MINISTER_OF}; never {@code MANAGER_SIR_OF}). Nothing else is written to the graph:
 * no digits, no {@code REL_…}, no one-letter or unlemmatised types ({@code ADMIRED}, {@code PRESSE}).
 *
 * <p>Also repairs the lemma of a verb that the statistical lemmatizer left inflected or cut
 * ("admired" → admire, "presse" → press, "beaten" → beat). Stateless and thread-safe.
 */
public final class RelationTypes {

  private static final Pattern SHAPE = Pattern.compile("\\p{Lu}+(_\\p{Lu}+){0,3}");

  private static final Set<String> VERBS = load();
  private static final Map<String, String> IRREGULAR = irregular();

  /** Words that may follow the verb in a type: particles of phrasal verbs and prepositions. */
  private static final Set<String> PARTICLES = Set.of(
      "up", "down", "out", "off", "back", "away", "over", "ahead", "forward", "along", "around", "through", "aside",
      "apart", "together", "on", "in", "into", "onto", "upon", "of", "with", "to", "for", "from", "at", "against",
      "about", "by", "behind", "across", "after", "under", "without", "between", "among", "towards", "toward",
      "past", "as");

  /** Words of address, not roles: a title type never holds them. */
  private static final Set<String> HONORIFICS = Set.of(
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "baron",
      "baroness", "rev", "rev.", "reverend", "excellency", "majesty", "highness", "honor", "honour", "prof", "prof.",
      "sheikh", "st", "st.");

  private static final Set<String> CALENDAR = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

  private RelationTypes() {}

  /** True for a type of the closed vocabulary: a known verb with particles, or a role of. */
  public static boolean isKnown(String type) {
    if (type == null || !SHAPE.matcher(type).matches()) {
      return false;
    }
    String[] words = type.toLowerCase(Locale.ROOT).split("_");
    if (words.length >= 2 && words[words.length - 1].equals("of")) {
      String role = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
      if (role.equals(role(role))) {
        return true;
      }
    }
    if (!VERBS.contains(words[0]) || words.length > 3) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (!PARTICLES.contains(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** True for a lemma of {@code verbs.txt}. */
  public static boolean isVerb(String lemma) {
    return VERBS.contains(lemma);
  }

  /**
   * The lemma of a verb as written: the lemmatizer's when it is a known verb, else one found by
   * the irregular forms or by undoing -s, -es, -ies, -ed, -ied and -ing, else null (no known verb).
   */
  static String verbLemma(String word, String modelLemma) {
    String w = word.toLowerCase(Locale.ROOT);
    String m = modelLemma == null ? "" : modelLemma.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (VERBS.contains(m)) {
      return m;
    }
    for (String candidate : stems(w)) {
      if (VERBS.contains(candidate)) {
        return candidate;
      }
    }
    return VERBS.contains(w) ? w : null;
  }

  private static List<String> stems(String w) {
    List<String> out = new ArrayList<>();
    int n = w.length();
    if (w.endsWith("ies") || w.endsWith("ied")) {
      out.add(w.substring(0, n - 3) + "y");
    }
    if (w.endsWith("es")) {
      out.add(w.substring(0, n - 2));
    }
    if (w.endsWith("s")) {
      out.add(w.substring(0, n - 1));
    }
    if (w.endsWith("ed")) {
      out.add(w.substring(0, n - 2));
      out.add(w.substring(0, n - 1));
      undouble(w.substring(0, n - 2), out);
    }
    if (w.endsWith("ing")) {
      out.add(w.substring(0, n - 3));
      out.add(w.substring(0, n - 3) + "e");
      undouble(w.substring(0, n - 3), out);
    }
    return out;
  }

  /** "planned" → plan, "stopping" → stop. */
  private static void undouble(String stem, List<String> out) {
    int n = stem.length();
    if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
      out.add(stem.substring(0, n - 1));
    }
  }

  /** Whether a word is a word of address ("Sir", "Mrs"), in any case. */
  static boolean isHonorific(String word) {
    return HONORIFICS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The role a title names, in lower case without honorifics ("manager Sir" → manager), or null
   * when a word is a day, a month or no title word, or nothing but honorifics is left.
   */
  static String role(String title) {
    List<String> kept = new ArrayList<>();
    boolean named = false;
    for (String word : title.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
      if (word.isEmpty() || HONORIFICS.contains(word)) {
        continue;
      }
      if (CALENDAR.contains(word) || !Titles.isTitleWord(word)) {
        return null;
      }
      named |= Titles.isLeadingTitle(word);
      kept.add(word);
    }
    return named ? String.join(" ", kept) : null;
  }

  private static Set<String> load() {
    Set<String> verbs = new HashSet<>();
    for (String[] row : ResourceTable.rows(RelationTypes.class, "verbs.txt", 1)) {
      verbs.add(row[0]);
    }
    for (String[] row : ResourceTable.rows(RelationTypes.class, "predicate-synonyms.tsv", 2)) {
      verbs.add(row[0]);
    }
    return Set.copyOf(verbs);
  }

  private static Map<String, String> irregular() {
    Map<String, String> forms = new HashMap<>();
    for (String[] row : ResourceTable.rows(RelationTypes.class, "irregular-verbs.tsv", 2)) {
      for (String form : row[1].split("\\s+")) {
        forms.put(form, row[0]);
      }
    }
    return Map.copyOf(forms);
  }
}
