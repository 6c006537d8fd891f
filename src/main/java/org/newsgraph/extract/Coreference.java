package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * Resolves "he", "she", "him" and "her" to a person named shortly before: the nearest person
 * earlier in the same sentence, else the first person (usually the subject) of the closest
 * earlier sentence that names one, looking back three sentences. Names inside quotations are not
 * candidates for a pronoun outside them ("“… President Putin …,” he said" is not Putin).
 */
final class Coreference {

  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
  private static final int LOOKBACK = 3;

  Map<Integer, Argument> resolve(List<AnnotatedSentence> sentences, List<boolean[]> quotes,
      List<Argument[]> entityAt, int index) {
    Map<Integer, Argument> out = new HashMap<>();
    AnnotatedSentence s = sentences.get(index);
    for (int i = 0; i < s.size(); i++) {
      if (!s.token(i).pos().equals("PRP") || !PERSONAL.contains(s.token(i).text().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      Argument a = nearestBefore(entityAt.get(index), quotes.get(index), i);
      for (int back = 1; a == null && back <= LOOKBACK && index - back >= 0; back++) {
        a = firstPerson(entityAt.get(index - back), quotes.get(index - back));
      }
      if (a != null) {
        out.put(i, a);
      }
    }
    return out;
  }

  private static Argument nearestBefore(Argument[] at, boolean[] quoted, int pronoun) {
    for (int i = pronoun - 1; i >= 0; i--) {
      if (isPerson(at[i]) && quoted[i] == quoted[pronoun]) {
        return at[i];
      }
    }
    return null;
  }

  private static Argument firstPerson(Argument[] at, boolean[] quoted) {
    for (int i = 0; i < at.length; i++) {
      if (isPerson(at[i]) && !quoted[i]) {
        return at[i];
      }
    }
    return null;
  }

  private static boolean isPerson(Argument a) {
    return a != null && a.type().equals(EntityType.PERSON.label());
  }
}
