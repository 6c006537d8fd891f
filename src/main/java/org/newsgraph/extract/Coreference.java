package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Genders.Gender;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Resolves "he", "she", "him" and "her" to a person named (or already resolved) shortly before,
 * choosing by the sentence's structure rather than by distance alone:
 *
 * <ul>
 *   <li>A person of the other gender is never chosen (gender from an honorific, "Mrs Howard", a
 *       given name, "Marion Jones", or from pronouns already resolved to them, see {@link Genders}); nor, for "him" and "her", the
 *       subject of the pronoun's own clause ("Devocht told Montalvo he would assist him"); nor, for a
 *       pronoun inside a quotation, the person it is attributed to ("“He is a legend,” Allton said").
 *   <li>"X told Mr Brown he would…": the pronoun is the teller, or nobody when the teller is no name.
 *   <li>"X said (that) he…": the pronoun is the subject of the verb of saying.
 *   <li>In the pronoun's sentence, the nearest subject before it, else the nearest person outside a
 *       prepositional phrase, else the nearest person.
 *   <li>Else the closest of the three earlier sentences that names a fitting person: the only one,
 *       or the subject among several; when several fit and none is the subject, nobody.
 * </ul>
 *
 * Names inside quotations are not candidates for a pronoun outside them, nor a name that qualifies
 * the noun after it ("Lib Dem leader", "Blair aides"). Stateless and
 * thread-safe; each call reads one article.
 */
final class Coreference {

  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
  private static final Set<String> OBJECT = Set.of("him", "her");
  private static final int LOOKBACK = 3;
  /** Nouns that may follow a name without it qualifying them: "Blair yesterday". */
  private static final Set<String> TIME_NOUNS = Set.of("yesterday", "today", "tonight", "tomorrow");

  /** Verbs whose object is told something about their subject: "told Mr Brown he…". */
  private static final Set<String> TELLING = Set.of("tell", "ask", "warn", "inform", "assure", "remind", "promise",
      "reassure", "notify");

  /** Verbs after which a pronoun starting a clause is their subject: "Jafari said she felt…". */
  private static final Set<String> SAYING = Set.of("say", "claim", "admit", "explain", "add", "state", "insist",
      "believe", "think", "feel", "argue", "announce", "deny", "confirm", "recall", "hope", "fear", "know", "suggest",
      "acknowledge", "agree", "note", "report", "write", "tweet", "reply", "estimate", "predict", "suspect");

  private final SubjectFinder subjects = new SubjectFinder();

  /** A person at a token: a name's last word, or a pronoun already resolved. */
  private record Candidate(int token, Argument entity) {}

  /** For each sentence, its resolved pronouns by token. */
  List<Map<Integer, Argument>> resolve(List<AnnotatedSentence> sentences, List<boolean[]> quotes,
      List<Argument[]> entityAt) {
    return new Reading(sentences, quotes, entityAt).all();
  }

  static boolean isPerson(Argument a) {
    return a != null && a.type().equals(EntityType.PERSON.label());
  }

  /** One article being read, sentence by sentence. */
  private final class Reading {
    private final List<AnnotatedSentence> sentences;
    private final List<boolean[]> quotes;
    private final List<Argument[]> entityAt;
    private final List<ClauseRoles> roles = new ArrayList<>();
    private final List<Map<Integer, Argument>> resolved = new ArrayList<>();
    private final Genders genders;

    Reading(List<AnnotatedSentence> sentences, List<boolean[]> quotes, List<Argument[]> entityAt) {
      this.sentences = sentences;
      this.quotes = quotes;
      this.entityAt = entityAt;
      this.genders = Genders.fromNames(sentences, entityAt);
      sentences.forEach(s -> roles.add(new ClauseRoles(s, subjects)));
    }

    List<Map<Integer, Argument>> all() {
      for (int k = 0; k < sentences.size(); k++) {
        Map<Integer, Argument> found = new HashMap<>();
        resolved.add(found);
        AnnotatedSentence s = sentences.get(k);
        for (int i = 0; i < s.size(); i++) {
          String word = s.token(i).text().toLowerCase(Locale.ROOT);
          if (s.token(i).pos().equals("PRP$")) {
            possessive(k, i, word);
          }
          if (!s.token(i).pos().equals("PRP") || !PERSONAL.contains(word)) {
            continue;
          }
          Argument a = choose(k, i, word);
          if (a != null) {
            found.put(i, a);
            genders.vote(a.key(), Genders.ofPronoun(word));
          }
        }
      }
      return resolved;
    }

    /** "Jafari wanted to issue her support": a possessive after the only person before it says their gender. */
    private void possessive(int k, int i, String word) {
      Set<String> before = new HashSet<>();
      candidates(k, i, quotes.get(k)[i]).forEach(c -> before.add(c.entity().key()));
      if (before.size() == 1) {
        genders.vote(before.iterator().next(), Genders.ofPronoun(word));
      }
    }

    private Argument choose(int k, int i, String word) {
      Gender gender = Genders.ofPronoun(word);
      Set<String> excluded = excluded(k, i, word);
      List<Candidate> here = new ArrayList<>();
      for (Candidate c : candidates(k, i, quotes.get(k)[i])) {
        if (!excluded.contains(c.entity().key()) && genders.agrees(c.entity().key(), gender)) {
          here.add(c);
        }
      }
      ClauseRoles r = roles.get(k);
      if (!here.isEmpty() && !OBJECT.contains(word)) {
        Candidate nearest = here.get(here.size() - 1);
        int told = toldBefore(sentences.get(k), nearest.token());
        if (told >= 0) {
          // "The minister told Mr Brown he would go": "he" is who told, not who was told; when that
          // is no name ("the minister"), the pronoun is left alone rather than given to Mr Brown.
          return subjectAmong(r.subjectOf(r.verbBefore(told + 1)), here, told);
        }
      }
      Argument sayer = sayer(k, i, here);
      if (sayer != null) {
        return sayer;
      }
      Candidate best = null;
      for (Candidate c : here) {
        if (best == null || rank(r, c) >= rank(r, best)) {
          best = c; // the nearest of the best rank
        }
      }
      if (best != null) {
        return best.entity();
      }
      for (int back = 1; back <= LOOKBACK && k - back >= 0; back++) {
        int j = k - back;
        Map<String, Candidate> fitting = new java.util.LinkedHashMap<>();
        for (Candidate c : candidates(j, sentences.get(j).size(), quotes.get(k)[i] ? null : false)) {
          if (!excluded.contains(c.entity().key()) && genders.agrees(c.entity().key(), gender)) {
            fitting.putIfAbsent(c.entity().key(), c);
          }
        }
        if (fitting.size() == 1) {
          return fitting.values().iterator().next().entity();
        }
        for (Candidate c : fitting.values()) {
          if (roles.get(j).isSubject(c.token())) {
            return c.entity();
          }
        }
        if (!fitting.isEmpty()) {
          return null;
        }
      }
      return null;
    }

    /**
     * The candidate inside the subject of a verb, or null when the subject names nobody; with no
     * subject found, the first candidate before the verb at {@code verb}.
     */
    private static Argument subjectAmong(SubjectFinder.Subject sub, List<Candidate> fitting, int verb) {
      if (sub == null) {
        return !fitting.isEmpty() && fitting.get(0).token() < verb ? fitting.get(0).entity() : null;
      }
      for (Candidate c : fitting) {
        if (c.token() >= sub.start() && c.token() < sub.end()) {
          return c.entity();
        }
      }
      return null;
    }

    /** A subject first, then a person outside a prepositional phrase, then one in it. */
    private static int rank(ClauseRoles r, Candidate c) {
      return r.isSubject(c.token()) ? 2 : r.inPrepositionalPhrase(c.token()) ? 0 : 1;
    }

    /** "X said (that) he…": the subject of the verb of saying right before the pronoun, when it fits. */
    private Argument sayer(int k, int i, List<Candidate> fitting) {
      AnnotatedSentence s = sentences.get(k);
      int v = i - 1;
      if (v >= 0 && s.token(v).text().equalsIgnoreCase("that")) {
        v--;
      }
      if (v < 0 || !s.token(v).isVerb() || !SAYING.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) {
        return null;
      }
      ClauseRoles r = roles.get(k);
      SubjectFinder.Subject sub = r.subjectOf(r.verbBefore(i));
      if (sub == null) {
        return null;
      }
      for (Candidate c : fitting) {
        if (c.token() >= sub.start() && c.token() < sub.end()) {
          return c.entity();
        }
      }
      return null;
    }

    /**
     * Keys the pronoun cannot be: for "him" and "her" the subject of their own verb; inside a
     * quotation, the people outside it in the sentences it spans (who it is attributed to).
     */
    private Set<String> excluded(int k, int i, String word) {
      Set<String> out = new LinkedHashSet<>();
      if (OBJECT.contains(word)) {
        ClauseRoles r = roles.get(k);
        SubjectFinder.Subject sub = r.subjectOf(r.verbBefore(i));
        if (sub != null && sub.end() <= i && !sub.how().equals("coordination")) {
          for (Candidate c : candidates(k, i, null)) {
            if (c.token() >= sub.start() && c.token() < sub.end()) {
              out.add(c.entity().key());
            }
          }
        }
      }
      if (quotes.get(k)[i]) {
        int opened = quoteOpenedIn(k, i);
        for (int j = opened; j <= k; j++) {
          candidates(j, sentences.get(j).size(), false).forEach(c -> out.add(c.entity().key()));
        }
        if (opened > 0 && quotes.get(opened)[0] && candidates(opened, sentences.get(opened).size(), false).isEmpty()) {
          // A quotation that opens its sentence with nobody named outside it goes on from who spoke
          // just before: "Pop art mattered," Waters said. "That's why he did the soup cans."
          out.addAll(speakers(opened - 1));
        }
      }
      return out;
    }

    /** Who says something in sentence j: the people in the subject of a verb of saying, outside quotation marks. */
    private Set<String> speakers(int j) {
      Set<String> out = new HashSet<>();
      ClauseRoles r = roles.get(j);
      AnnotatedSentence s = sentences.get(j);
      List<Candidate> people = candidates(j, s.size(), false);
      for (int c = 0; c < r.chunkCount(); c++) {
        Chunk ch = r.chunk(c);
        SubjectFinder.Subject sub = r.subjectOf(c);
        if (sub != null && ch.is("VP") && SAYING.contains(s.token(ch.end() - 1).lemma().toLowerCase(Locale.ROOT))) {
          people.stream().filter(p -> p.token() >= sub.start() && p.token() < sub.end())
              .forEach(p -> out.add(p.entity().key()));
        }
      }
      return out;
    }

    /** The sentence where the quotation around token i of sentence k opens. */
    private int quoteOpenedIn(int k, int i) {
      int j = k;
      int t = i;
      while (true) {
        while (t >= 0 && quotes.get(j)[t]) {
          t--;
        }
        if (t >= 0 || j == 0) {
          return j;
        }
        boolean[] previous = quotes.get(j - 1);
        AnnotatedSentence p = sentences.get(j - 1);
        if (previous.length == 0 || !previous[previous.length - 1] || p.token(p.size() - 1).form().equals("''")) {
          return j;
        }
        j--;
        t = previous.length - 1;
      }
    }

    /**
     * Whether the name ending at token t qualifies the common noun after it ("Lib Dem leader", "Blair
     * aides"): it is no one a pronoun can stand for.
     */
    private static boolean isModifier(AnnotatedSentence s, int t) {
      if (t + 1 >= s.size()) {
        return false;
      }
      Token next = s.token(t + 1);
      return (next.pos().equals("NN") || next.pos().equals("NNS")) && Character.isLowerCase(next.text().charAt(0))
          && !TIME_NOUNS.contains(next.text().toLowerCase(Locale.ROOT));
    }

    /**
     * People before token {@code end} of sentence j, in order: names (at their last word) and the
     * pronouns resolved so far; only those inside ({@code true}) or outside ({@code false}) quotation
     * marks, or all when {@code quoted} is null.
     */
    private List<Candidate> candidates(int j, int end, Boolean quoted) {
      List<Candidate> out = new ArrayList<>();
      Argument[] at = entityAt.get(j);
      boolean[] q = quotes.get(j);
      Map<Integer, Argument> pronouns = resolved.get(j);
      for (int t = 0; t < end; t++) {
        if (quoted != null && q[t] != quoted) {
          continue;
        }
        if (isPerson(at[t]) && (t + 1 >= at.length || at[t + 1] != at[t]) && !isModifier(sentences.get(j), t)) {
          out.add(new Candidate(t, at[t]));
        } else if (pronouns.containsKey(t)) {
          out.add(new Candidate(t, pronouns.get(t)));
        }
      }
      return out;
    }
  }

  /**
   * Position of a telling verb right before the name ending at {@code last} (an honorific and the
   * name's other words may come between), or -1: the name is its object.
   */
  private static int toldBefore(AnnotatedSentence s, int last) {
    int i = last;
    while (i > 0 && (s.token(i - 1).isCapitalised() || s.token(i - 1).text().endsWith("."))) {
      i--; // the name's first word, past "Mr", "Prime Minister"
    }
    if (i == 0) {
      return -1;
    }
    String lemma = s.token(i - 1).lemma();
    return s.token(i - 1).isVerb() && lemma != null && TELLING.contains(lemma.toLowerCase(Locale.ROOT)) ? i - 1 : -1;
  }
}
