package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The verbs of a VP chunk: the main verb's canonical lemma (a known verb, see {@link RelationTypes})
 * and its own lemma before synonyms are grouped ("blast" for CRITICIZE), the chain of the group's verbs, negation, passive voice, and whether the verb is planned or
 * wanted ("agreed to acquire" → acquire, intended).
 */
record VerbGroup(String lemma, String own, String chain, int start, int end, boolean negated, boolean passive,
    boolean bareParticiple, boolean intended) {

  private static final Set<String> AUXILIARIES = Set.of(
      "be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
      "get", "'s", "'re", "'m", "'ve", "'d", "'ll", "wo", "ca");

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  /** Verbs whose "to" infinitive is the relation they plan, want or promise ("agreed to buy", "is set to rescue"). */
  private static final Set<String> CONTROL = Set.of(
      "agree", "plan", "hope", "want", "seek", "try", "aim", "intend", "promise", "pledge", "threaten", "expect",
      "decide", "offer", "propose", "prepare", "vow", "attempt", "wish", "fail", "refuse", "decline", "love", "like",
      "prefer", "choose", "opt", "set");

  /**
   * Verbs of going on or starting, and of getting there ("rallied to beat", "battled to draw"),
   * whose verb after them is the relation ("continued performing").
   */
  private static final Set<String> ASPECTUAL = Set.of("continue", "start", "begin", "keep", "resume", "rally",
      "battle", "fight", "manage", "struggle", "bounce", "recover", "storm", "cruise", "race", "surge", "power",
      "romp", "hold", "scramble", "come", "go");

  /**
   * Verbs that only hedge or help the verb after them ("seems to lag Europe", "helped write
   * Kokomo"): the relation is that verb's, as the sentence states it.
   */
  private static final Set<String> HEDGING = Set.of("seem", "appear", "tend", "happen", "help");

  /** Verbs whose "by" says past whom or beside whom, not who acts: "passed by her", "stood by Blair". */
  private static final Set<String> NOT_PASSIVE_BY = Set.of("pass", "stand", "stop", "drop", "come", "go", "swear",
      "abide", "live", "sit", "walk", "swing", "pop", "get", "stay");

  /** Those that deny it ("failed to win"). */
  private static final Set<String> DENYING = Set.of("fail", "refuse", "decline");

  /** Whether the token denies the verb: "not", "n't", "never", "no". */
  static boolean isNegation(Token t) {
    return NEGATIONS.contains(t.lemma().toLowerCase(Locale.ROOT)) || NEGATIONS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** The verb group of chunk vp, or null when it states no relation of its own. */
  static VerbGroup read(AnnotatedSentence s, Chunk vp, PredicateLexicon lexicon) {
    List<String> mains = new ArrayList<>();
    boolean negated = false;
    boolean sawBe = false;
    boolean passive = false;
    int firstMain = -1;
    boolean bareParticiple = false;
    for (int i = vp.start(); i < vp.end(); i++) {
      Token t = s.token(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (NEGATIONS.contains(lemma) || NEGATIONS.contains(t.text().toLowerCase(Locale.ROOT))) {
        negated = true;
      } else if (t.isVerb() && (AUXILIARIES.contains(lemma) || t.pos().equals("MD")) && hasVerbAfter(s, i, vp.end())) {
        sawBe |= lemma.equals("be") || lemma.equals("get");
      } else if (t.pos().startsWith("VB")) {
        if (isNameConnector(s, i)) {
          return null; // "Mato Grosso do Sul": a word of a place's name, not the verb "do"
        }
        String known = RelationTypes.verbLemma(t.text(), lemma);
        if (firstMain < 0 && known == null) {
          return null; // no known verb ("singles" read as a verb, a name's word): no relation
        }
        lemma = known == null ? lemma : known;
        if (firstMain < 0) {
          firstMain = i;
          passive = sawBe && t.pos().equals("VBN");
          if (i == vp.start() && t.pos().equals("VBG")) {
            return null; // "securing a buy-in": no finite verb, no clause of its own
          }
          // The tagger reads some past tenses as participles ("Macron, who …, imposed tariffs").
          bareParticiple = i == vp.start() && t.pos().equals("VBN");
          if (isParticipleBeforeAgent(s, vp, i, lemma)) {
            passive = true; // "Blu-ray developed by Sony", "Ranieri sacked by Valencia": a passive without "be"
            bareParticiple = false;
          }
        }
        mains.add(lemma);
      } else if (t.pos().equals("TO") && !mains.isEmpty()) {
        mains.add("to");
      }
    }
    if (mains.isEmpty() || mains.get(0).equals("be") || mains.get(0).equals("have") && mains.size() == 1) {
      return null;
    }
    while (!mains.isEmpty() && mains.get(mains.size() - 1).equals("to")) {
      mains.remove(mains.size() - 1);
    }
    if (mains.isEmpty()) {
      return null; // a typo tagged as a verb and lemmatised to "to" ("30 mln dlrs ot 17 cts")
    }
    String chain = String.join(" ", mains);
    // "has agreed to acquire Antibioticos": the relation is the acquiring, planned; "failed to win" denies it.
    boolean intended = false;
    int to = mains.lastIndexOf("to");
    if (CONTROL.contains(mains.get(0)) && to > 0 && to + 1 < mains.size()) {
      intended = !DENYING.contains(mains.get(0));
      negated |= !intended;
      mains = mains.subList(to + 1, mains.size());
      passive = isPassiveAfterTo(s, vp); // "is set to rescue": the passive was the planning verb's
    }
    boolean chained = CONTROL.contains(mains.get(0)) || ASPECTUAL.contains(mains.get(0))
        || HEDGING.contains(mains.get(0)) || mains.get(0).equals("deny");
    int infinitive = mains.indexOf("to");
    if (!chained && infinitive > 0 && infinitive + 1 < mains.size()) {
      return null; // "retires to be succeeded by Collins": what follows is the infinitive's, not the verb's
    }
    // "continued performing with", "began to sell": the relation is what goes on; "denied accusing" denies it.
    // ("denied Elvis his number one" is no denial: only a verb after it is denied)
    int skip = mains.get(0).equals("deny") && !mains.contains("to") && mains.size() > 1 ? 1 : 0;
    if (ASPECTUAL.contains(mains.get(0)) || HEDGING.contains(mains.get(0)) || skip == 1) {
      skip = mains.size() > 2 && mains.get(1).equals("to") ? 2 : 1;
      negated |= mains.get(0).equals("deny");
      // "are going to sign": a plan; "went to see" is what happened
      intended |= mains.get(0).equals("go") && skip == 2 && firstMain >= 0 && s.token(firstMain).pos().equals("VBG");
    }
    if (skip > 0 && skip < mains.size()) {
      mains = mains.subList(skip, mains.size());
      if (mains.get(0).equals("be")) {
        return null; // "seems to be", "continued to be": a copula states no relation
      }
    }
    String head = lexicon.canonical(mains.get(0));
    return new VerbGroup(head, mains.get(0), chain, vp.start(), vp.end(), negated, passive, bareParticiple, intended);
  }

  /**
   * A past form alone in its group, right before "by": a participle whose agent follows ("Blu-ray
   * developed by Sony", a headline's "Ranieri sacked by Valencia"), which the tagger often reads as
   * a past tense. Not verbs whose "by" is a place or a side ("passed by her", "stood by Blair").
   */
  private static boolean isParticipleBeforeAgent(AnnotatedSentence s, Chunk vp, int i, String lemma) {
    String pos = s.token(i).pos();
    return i == vp.start() && vp.end() == i + 1 && (pos.equals("VBN") || pos.equals("VBD"))
        && i + 1 < s.size() && s.token(i + 1).text().equalsIgnoreCase("by") && !NOT_PASSIVE_BY.contains(lemma);
  }

  /** "is expected to be bought": a form of "be" or "get" after the last "to", then a participle. */
  private static boolean isPassiveAfterTo(AnnotatedSentence s, Chunk vp) {
    int to = -1;
    for (int i = vp.start(); i < vp.end(); i++) {
      if (s.token(i).pos().equals("TO")) {
        to = i;
      }
    }
    boolean be = false;
    for (int i = to + 1; to >= 0 && i < vp.end(); i++) {
      String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
      be |= lemma.equals("be") || lemma.equals("get");
      if (be && s.token(i).pos().equals("VBN")) {
        return true;
      }
    }
    return false;
  }

  /** "do", "da", "de" between two capitalised words: a connector of a Portuguese or Spanish name. */
  private static boolean isNameConnector(AnnotatedSentence s, int i) {
    String w = s.token(i).text();
    return (w.equals("do") || w.equals("da") || w.equals("de")) && i > 0 && i + 1 < s.size()
        && s.token(i - 1).isCapitalised() && s.token(i + 1).isCapitalised();
  }

  private static boolean hasVerbAfter(AnnotatedSentence s, int i, int end) {
    for (int k = i + 1; k < end; k++) {
      if (s.token(k).pos().startsWith("VB")) {
        return true;
      }
    }
    return false;
  }
}
