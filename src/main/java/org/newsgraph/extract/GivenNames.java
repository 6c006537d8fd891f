package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Given names that in English-language news nearly always name a man or a woman
 * ({@code given-names.tsv}): the gender of "he"/"she" in an article, and of a full name a surname
 * may join across articles.
 */
public final class GivenNames {

  /** The values this class and {@link Mention#honorificGender()} give. */
  public static final String FEMALE = "female";
  public static final String MALE = "male";

  private static final Map<String, String> GENDERS = load();

  private GivenNames() {}

  /** {@link #FEMALE} or {@link #MALE} for a name of two or more words whose first says so, else null. */
  public static String genderOf(String fullName) {
    String[] words = fullName.strip().split("\\s+");
    return words.length > 1 ? GENDERS.get(words[0]) : null;
  }

  /** Whether a single word is a given name this table knows ("George", "Marion"). */
  public static boolean isGivenName(String word) {
    return GENDERS.containsKey(word);
  }

  private static Map<String, String> load() {
    Map<String, String> names = new HashMap<>();
    for (String[] row : ResourceTable.rows(GivenNames.class, "given-names.tsv", 2)) {
      names.put(row[0], row[1].equals("f") ? FEMALE : MALE);
    }
    return Map.copyOf(names);
  }
}
