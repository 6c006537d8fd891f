package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * Resolves "he", "she", "him" and "her" to a person named shortly before: the nearest person
 * earlier in the same sentence, else the first person (usually the subject) of the closest
 * earlier sentence that names one, looking back three sentences. When the nearest person is the
 * object of a telling verb ("X told Mr Brown he would…"), the pronoun is the teller: the person
 * named before the verb, or nobody when the teller is not a name. Names inside quotations are not
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
      int nearest = nearestBefore(entityAt.get(index), quotes.get(index), i);
      Argument a = nearest < 0 ? null : entityAt.get(index)[nearest];
      int told = nearest < 0 ? -1 : toldBefore(s, nearest);
      if (told >= 0) {
        // "The minister told Mr Brown he would go": "he" is who told, not who was told; when that
        // is no name ("the minister"), the pronoun is left alone rather than given to Mr Brown.
        int subject = firstPersonBefore(entityAt.get(index), quotes.get(index), told, quotes.get(index)[i]);
        if (subject < 0) {
          continue;
        }
        a = entityAt.get(index)[subject];
      }
      for (int back = 1; a == null && back <= LOOKBACK && index - back >= 0; back++) {
        a = firstPerson(entityAt.get(index - back), quotes.get(index - back));
      }
      if (a != null) {
        out.put(i, a);
      }
    }
    return out;
  }

  /** Position of the nearest person before the pronoun (same side of any quotation), or -1. */
  private static int nearestBefore(Argument[] at, boolean[] quoted, int pronoun) {
    for (int i = pronoun - 1; i >= 0; i--) {
      if (isPerson(at[i]) && quoted[i] == quoted[pronoun]) {
        return i;
      }
    }
    return -1;
  }

  /** Verbs whose object is told something about their subject: "told Mr Brown he…". */
  private static final Set<String> TELLING = Set.of("tell", "ask", "warn", "inform", "assure", "remind", "promise",
      "reassure", "notify");

  /**
   * Position of a telling verb right before the name at {@code name} (an honorific and the name's
   * other words may come between), or -1: the name is its object.
   */
  private static int toldBefore(AnnotatedSentence s, int name) {
    int i = name;
    while (i > 0 && (s.token(i - 1).isCapitalised() || s.token(i - 1).text().endsWith("."))) {
      i--; // the name's first word, past "Mr", "Prime Minister"
    }
    if (i == 0) {
      return -1;
    }
    String lemma = s.token(i - 1).lemma();
    return s.token(i - 1).isVerb() && lemma != null && TELLING.contains(lemma.toLowerCase(java.util.Locale.ROOT)) ? i - 1 : -1;
  }

  private static int firstPersonBefore(Argument[] at, boolean[] quoted, int end, boolean side) {
    for (int i = 0; i < end; i++) {
      if (isPerson(at[i]) && quoted[i] == side) {
        return i;
      }
    }
    return -1;
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
