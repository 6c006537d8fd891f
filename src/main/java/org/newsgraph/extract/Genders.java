package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * What an article says of its people's gender: an honorific before a name ("Mrs Howard"), a given
 * name that nearly always names a man or a woman ("Marion Jones", see {@link GivenNames}),
 * and the pronouns already resolved to them. Each is a vote; the majority decides, a tie leaves it
 * open. One per article, filled as the article is read; not thread-safe.
 */
final class Genders {

  enum Gender { MALE, FEMALE }

  private final Map<String, int[]> votes = new HashMap<>();

  /**
   * Votes from every honorific right before a person's name in the article, and one from the given
   * name of each person named in full.
   */
  static Genders fromNames(List<AnnotatedSentence> sentences, List<Argument[]> entityAt) {
    Genders g = new Genders();
    java.util.Set<String> named = new java.util.HashSet<>();
    for (Argument[] at : entityAt) {
      for (Argument a : at) {
        if (Coreference.isPerson(a) && named.add(a.key())) {
          String given = GivenNames.genderOf(a.name());
          g.vote(a.key(), given == null ? null : given.equals(GivenNames.FEMALE) ? Gender.FEMALE : Gender.MALE);
        }
      }
    }
    for (int k = 0; k < sentences.size(); k++) {
      AnnotatedSentence s = sentences.get(k);
      Argument[] at = entityAt.get(k);
      for (int i = 1; i < s.size(); i++) {
        if (Coreference.isPerson(at[i]) && at[i - 1] != at[i]) {
          String before = s.token(i - 1).text();
          if (Titles.isFemale(before)) {
            g.vote(at[i].key(), Gender.FEMALE);
          } else if (Titles.isMale(before)) {
            g.vote(at[i].key(), Gender.MALE);
          }
        }
      }
    }
    return g;
  }

  /** The gender a third-person pronoun says ("he", "his": male), or null. */
  static Gender ofPronoun(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> Gender.MALE;
      case "she", "her", "hers", "herself" -> Gender.FEMALE;
      default -> null;
    };
  }

  void vote(String key, Gender gender) {
    if (gender != null) {
      votes.computeIfAbsent(key, k -> new int[2])[gender.ordinal()]++;
    }
  }

  /** The entity's gender by majority of votes, or null when none or tied. */
  Gender of(String key) {
    int[] v = votes.get(key);
    if (v == null || v[0] == v[1]) {
      return null;
    }
    return v[0] > v[1] ? Gender.MALE : Gender.FEMALE;
  }

  /** False only when the entity is known to be of the other gender. */
  boolean agrees(String key, Gender gender) {
    Gender known = of(key);
    return known == null || gender == null || known == gender;
  }
}
