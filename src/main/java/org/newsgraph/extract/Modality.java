package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * How a sentence states a relation: as a fact ({@code asserted}), as what someone said
 * ({@code reported}), under a condition or a modal ({@code hypothetical}: "would", "could", "if"),
 * as a question ({@code question}: "asked if", a sentence ending in "?"), as a plan or the future
 * ({@code intended}: "will", "is to", "agreed to buy"), or denied ({@code negated}). One value per
 * relation; when several apply, the first of question, hypothetical, negated, intended, reported
 * wins: each later one is still a claim about the world, the earlier ones are not.
 */
public enum Modality {
  ASSERTED, REPORTED, HYPOTHETICAL, QUESTION, INTENDED, NEGATED;

  private static final Set<String> CONDITIONAL = Set.of("would", "could", "might", "may", "should", "must", "'d",
      "can", "ca", "cannot"); // "ca" of "ca n't"
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  /** Verbs that deny what their "that" clause, or the claim they name, says: "denied suggestions he wanted to leave". */
  private static final Set<String> DENYING = Set.of("deny", "dismiss", "reject", "refute", "rebut");
  private static final Set<String> CLAIMS = Set.of("suggestion", "report", "claim", "allegation", "rumour", "rumor",
      "speculation", "accusation", "charge", "story");

  /** The value written on the relationship: lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The modality of the verb group at tokens [start, end) of {@code s}; words inside quotations
   * ({@code inQuote}) do not make a condition of it.
   *
   * @param negated whether the verb group is denied
   * @param intended whether its verb is wanted, planned or promised ("agreed to buy")
   * @param reported whether a reporting verb of the sentence says it ("…, officials said")
   */
  static Modality of(
      AnnotatedSentence s, boolean[] inQuote, int start, int end, boolean negated, boolean intended, boolean reported) {
    boolean future = intended;
    for (int i = start; i < end; i++) {
      String w = s.token(i).text().toLowerCase(Locale.ROOT);
      if (CONDITIONAL.contains(w)) {
        Modality condition = conditionBefore(s, inQuote, start);
        if (condition == null && negated && isRefusal(s, i, end)) {
          return NEGATED;
        }
        return condition == QUESTION ? QUESTION : HYPOTHETICAL;
      }
      future |= FUTURE.contains(w) || w.equals("to") && i > start && Phrases.BE.contains(Phrases.lower(s, i - 1));
    }
    Modality condition = conditionBefore(s, inQuote, start);
    if (condition != null) {
      return condition;
    }
    if (isHedged(s, start, end)) {
      return HYPOTHETICAL; // "potentially faces Nalbandian", "may well"
    }
    if (s.size() > 0 && Phrases.form(s, s.size() - 1).equals("?")) {
      return QUESTION;
    }
    if (negated || isDeniedBefore(s, inQuote, start)) {
      return NEGATED;
    }
    future |= isPresentWithFutureTime(s, start, end);
    return future ? INTENDED : reported || isClaimedBefore(s, inQuote, start) ? REPORTED : ASSERTED;
  }

  /** Adverbs that make what the verb says a possibility: "potentially faces", "possibly meets". */
  private static final Set<String> HEDGES = Set.of("potentially", "possibly", "perhaps", "maybe", "probably",
      "likely");

  private static boolean isHedged(AnnotatedSentence s, int start, int end) {
    for (int i = Math.max(0, start - 1); i < end; i++) {
      if (s.token(i).pos().startsWith("RB") && HEDGES.contains(Phrases.lower(s, i))) {
        return true;
      }
    }
    return false;
  }

  /** Modals that, denied, say it did not or will not happen: "could not catch", "would not comment". */
  private static final Set<String> REFUSING = Set.of("could", "would", "can", "ca", "cannot");

  /**
   * "could not catch him", "would not comment on", "cannot play on Saturday": a denied ability or
   * will is a denial, not a supposition; "would not have to adhere" (a consequence) stays one.
   */
  private static boolean isRefusal(AnnotatedSentence s, int modal, int end) {
    if (!REFUSING.contains(s.token(modal).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = modal + 1; i < end; i++) {
      if (s.token(i).lemma().equalsIgnoreCase("have")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> TIME_UNITS = Set.of("week", "month", "year", "season", "weekend", "round",
      "match", "game", "fixture", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter");

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  /**
   * "The bill passes through the Commons next week", "Chelsea play Arsenal tomorrow", "is meeting
   * her on Thursday": a present tense with a time to come (a weekday is one: what is past is told
   * in the past tense) says what is planned.
   */
  private static boolean isPresentWithFutureTime(AnnotatedSentence s, int start, int end) {
    boolean present = false;
    boolean reporting = false;
    for (int i = start; i < end; i++) {
      String pos = s.token(i).pos();
      if (pos.startsWith("VB")) {
        // "has flown to Dublin … on Sunday": a present perfect tells what is done
        present = (pos.equals("VBZ") || pos.equals("VBP")) && !(lemma(s, i).equals("have") && hasParticipleAfter(s, i, end));
        break;
      }
    }
    for (int i = end - 1; i >= start; i--) {
      if (s.token(i).pos().startsWith("VB")) {
        reporting = RelationExtractor.REPORTING.contains(lemma(s, i)); // "says on Monday": when it was said
        break;
      }
    }
    if (present && !reporting && (isContrastWithFuture(s, start) || isComingFixture(s, start, end))) {
      return true;
    }
    int clauseEnd = clauseEnd(s, end);
    for (int i = end; present && i < clauseEnd; i++) {
      String w = Phrases.lower(s, i);
      if (w.equals("tomorrow") || WEEKDAYS.contains(w) && !reporting
          || w.equals("next") && i + 1 < s.size() && TIME_UNITS.contains(Phrases.lower(s, i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that name a match between two sides: "faces Andreev", "meets Puerta", "take on Wales". */
  private static final Set<String> FIXTURE_VERBS = Set.of("face", "meet", "play", "take");
  /** Rounds of a tournament, which after a fixture verb in the present say the match is to come. */
  private static final Set<String> ROUNDS = Set.of("round", "final", "finals", "quarter-final", "quarter-finals",
      "semi-final", "semi-finals", "quarterfinal", "quarterfinals", "semifinal", "semifinals", "16", "eight", "four");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  /**
   * "now faces Andreev in the last 16", "plays Farina Elia next", "She faces Weingartner in the
   * first round", "France take on Wales … on 26 February": a verb of a match in the simple present,
   * after "now" or before "next", a round or a date, is a match to come (a match played is told
   * in the past). A verb with a preposition after it ("now plays for Chelsea") says what someone
   * does, and "plays Hector" names no round or date.
   */
  private static boolean isComingFixture(AnnotatedSentence s, int start, int end) {
    int verb = end - 1;
    while (verb > start && !s.token(verb).pos().startsWith("VB")) {
      verb--;
    }
    String lemma = lemma(s, verb);
    if (!FIXTURE_VERBS.contains(lemma) || end >= s.size()) {
      return false;
    }
    String after = Phrases.lower(s, end);
    int object = lemma.equals("take") && after.equals("on") ? end + 1 : end;
    if (lemma.equals("take") && object == end || !isOpponent(s, object)) {
      return false; // "plays for Chelsea", "takes over", "now meets Nasdaq requirements"
    }
    if (start > 0 && Phrases.lower(s, start - 1).equals("now")) {
      return true;
    }
    int clauseEnd = clauseEnd(s, end);
    for (int i = end + 1; i < clauseEnd && !Phrases.lower(s, i).equals(","); i++) {
      String w = Phrases.lower(s, i);
      String before = Phrases.lower(s, i - 1);
      if (w.equals("next") && (i + 1 >= s.size() || Phrases.isPunctuation(s, i + 1))
          || ROUNDS.contains(w) && (before.equals("the") || s.token(i - 1).pos().startsWith("JJ") || before.equals("last"))
          || MONTHS.contains(w) && (before.equals("on") || s.token(i - 1).pos().equals("CD") && i > 1
              && Phrases.lower(s, i - 2).equals("on"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words from {@code i} name a side: a proper noun in mixed case (a headline in
   * capitals, "NOW MEETS NASDAQ REQUIREMENTS", says nothing by its case), perhaps after "the" or a
   * nationality.
   */
  private static boolean isOpponent(AnnotatedSentence s, int i) {
    if (i < s.size() && (Phrases.lower(s, i).equals("the") || Demonyms.place(s.token(i).text()) != null)) {
      i++; // "faces Russian Igor Andreev", "play the Seychelles"
    }
    if (i >= s.size() || !s.token(i).pos().startsWith("NNP")) {
      return false;
    }
    String w = s.token(i).text();
    return Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT));
  }

  /** Words that open a clause set against or hung on another: "…, while Federer faces …", "… when Italy come". */
  private static final Set<String> LINKED_CLAUSE = Set.of("while", "whereas", "when", "until", "once", "before",
      "after");

  /**
   * "Hewitt will meet Clement, while Federer faces Santoro", "will try to win when Italy come to
   * Edinburgh": a clause set against or hung on one in the future (by "while", "when" and the
   * like just before its subject) is in the future too.
   */
  private static boolean isContrastWithFuture(AnnotatedSentence s, int start) {
    int i = start - 1;
    while (i >= 0 && !LINKED_CLAUSE.contains(Phrases.lower(s, i))) {
      String pos = s.token(i).pos();
      if (Phrases.lower(s, i).equals(",") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return false; // only the subject may stand between "while" and the verb
      }
      i--;
    }
    for (int k = i - 1; k >= 0; k--) {
      if (FUTURE.contains(Phrases.lower(s, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb group at {@code start} is in what an earlier verb of the clause denies:
   * "denied that …", "rejected claims (that) …".
   */
  private static boolean isDeniedBefore(AnnotatedSentence s, boolean[] inQuote, int start) {
    for (int i = start - 1; i >= clauseStart(s, start); i--) {
      if (!inQuote[i] && s.token(i).pos().startsWith("VB") && DENYING.contains(lemma(s, i)) && i + 1 < start) {
        return Phrases.lower(s, i + 1).equals("that") || CLAIMS.contains(lemma(s, i + 1))
            || i + 2 < start && s.token(i + 1).pos().equals("DT") && CLAIMS.contains(lemma(s, i + 2));
      }
    }
    return false;
  }

  /** "his allegations that he gave her drugs", "reports that Chelsea bid": what a claim says is reported. */
  private static boolean isClaimedBefore(AnnotatedSentence s, boolean[] inQuote, int start) {
    for (int i = start - 2; i >= clauseStart(s, start); i--) {
      if (!inQuote[i] && s.token(i).pos().startsWith("NN") && CLAIMS.contains(lemma(s, i))
          && Phrases.lower(s, i + 1).equals("that")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasParticipleAfter(AnnotatedSentence s, int i, int end) {
    for (int k = i + 1; k < end; k++) {
      if (s.token(k).pos().equals("VBN")) {
        return true;
      }
    }
    return false;
  }

  private static String lemma(AnnotatedSentence s, int i) {
    return s.token(i).lemma().toLowerCase(Locale.ROOT);
  }

  /** Where the clause of token {@code i} starts: after the last ";" or ":" before it. */
  private static int clauseStart(AnnotatedSentence s, int i) {
    int k = i - 1;
    while (k >= 0 && !isClauseBreak(s, k)) {
      k--;
    }
    return k + 1;
  }

  /** Where the clause of the token before {@code i} ends: at the first ";" or ":" from {@code i}. */
  private static int clauseEnd(AnnotatedSentence s, int i) {
    int k = i;
    while (k < s.size() && !isClauseBreak(s, k)) {
      k++;
    }
    return k;
  }

  private static boolean isClauseBreak(AnnotatedSentence s, int i) {
    String w = Phrases.lower(s, i);
    return w.equals(";") || w.equals(":");
  }

  /** "Asked if he would stand …" is a question; "If talks fail, …" a condition; null for neither. */
  private static Modality conditionBefore(AnnotatedSentence s, boolean[] inQuote, int start) {
    for (int i = start - 1; i >= clauseStart(s, start); i--) {
      String w = Phrases.lower(s, i);
      if (CONDITIONS.contains(w) && !inQuote[i]) {
        return i > 0 && Phrases.lower(s, i - 1).startsWith("ask") ? QUESTION : HYPOTHETICAL;
      }
    }
    return null;
  }
}
