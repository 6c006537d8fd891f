package org.newsgraph.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The spelling-free form of a name, under which two ways of writing one name meet: case, accents,
 * punctuation, hyphens and spaces are dropped ("Kilroy-Silk" and "Kilroy Silk" → "kilroysilk",
 * "Hongkong" and "Hong Kong" → "hongkong", "U.S." → "us"), and so is a leading honorific ("Prof
 * Reddy" → "reddy"). Only letters and digits are kept; a name with none keeps its lower case.
 */
public final class NameForms {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Honorifics and forms of address, which say how a person is addressed and not who it is.
   * Roles ("President", "Coach") are not here: the extractor keeps those as titles.
   */
  private static final Set<String> HONORIFICS = Set.of(
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "baroness",
      "baron", "rev", "reverend", "gen", "col", "lt", "sgt", "capt", "maj", "cllr", "det", "insp", "supt", "hon");

  private NameForms() {}

  /** Words written short in names, and the word they stand for ("Mt Cook" is "Mount Cook"). */
  private static final Map<String, String> SHORT_WORDS = Map.of("mt", "mount", "ft", "fort");

  /** Letters and digits of {@code name} in lower case, accents removed, short words written out. */
  public static String form(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    for (String word : s.split("[\\s-]+")) {
      String letters = word.codePoints().filter(Character::isLetterOrDigit)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      b.append(SHORT_WORDS.getOrDefault(letters, letters));
    }
    return b.isEmpty() ? s.strip() : b.toString();
  }

  /** True for a word that only says how someone is addressed ("Mr", "Prof.", "Baroness"). */
  public static boolean isHonorific(String word) {
    return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /**
   * Words that make a form of address of the honorific after them ("Rt Rev", "Most Reverend",
   * "Very Rev", "Rt Hon"), and only then: "Right Said Fred" keeps its first word.
   */
  private static final Set<String> ADDRESS_PREFIXES = Set.of("rt", "right", "most", "very");

  /**
   * {@code name} without its leading honorifics, when a name remains: "Prof Ann Reddy" → "Ann
   * Reddy", "Rt Rev Ann Reddy" → "Ann Reddy".
   */
  public static String withoutHonorifics(String name) {
    String[] words = name.strip().split("\\s+");
    int i = 0;
    while (i < words.length - 1) {
      if (isHonorific(words[i])) {
        i++;
      } else if (i + 2 < words.length && ADDRESS_PREFIXES.contains(words[i].toLowerCase(Locale.ROOT).replace(".", ""))
          && isHonorific(words[i + 1])) {
        i += 2;
      } else {
        break;
      }
    }
    return i == 0 ? name.strip() : String.join(" ", java.util.Arrays.asList(words).subList(i, words.length));
  }
}
