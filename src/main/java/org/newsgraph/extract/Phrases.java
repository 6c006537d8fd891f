package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Tests on chunks that both extractors need: relative pronouns, commas, coordinators, verb groups
 * that cannot carry a clause of their own. Stateless.
 */
final class Phrases {

  static final Set<String> RELATIVE = Set.of("who", "which", "whom", "whose", "that", "where", "when");
  static final Set<String> COORDINATORS = Set.of("and", "but", "or", "nor");
  static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  static final Set<String> BE = Set.of("be", "is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m");

  private Phrases() {}

  static String form(AnnotatedSentence s, int i) {
    return s.token(i).form();
  }

  static String lower(AnnotatedSentence s, int i) {
    return s.token(i).form().toLowerCase(Locale.ROOT);
  }

  static boolean isRelativePronoun(AnnotatedSentence s, Chunk ch) {
    Token t = s.token(ch.start());
    return ch.end() - ch.start() == 1 && (t.pos().startsWith("W") || t.pos().equals("IN"))
        && RELATIVE.contains(t.form().toLowerCase(Locale.ROOT));
  }

  static boolean isComma(AnnotatedSentence s, Chunk ch) {
    return ch.is("O") && s.token(ch.start()).form().equals(",");
  }

  static boolean isCoordinator(AnnotatedSentence s, Chunk ch) {
    return ch.end() - ch.start() == 1 && COORDINATORS.contains(lower(s, ch.start()))
        && s.token(ch.start()).pos().equals("CC");
  }

  static boolean isAdverb(AnnotatedSentence s, Chunk ch) {
    return ch.is("ADVP") || ch.is("O") && s.token(ch.start()).pos().startsWith("RB");
  }

  /** Punctuation that closes a clause: ; : . ? ! and dashes. */
  static boolean endsClause(AnnotatedSentence s, int i) {
    String f = form(s, i);
    return f.equals(";") || f.equals(":") || f.equals(".") || f.equals("?") || f.equals("!") || f.equals("--");
  }

  static boolean isPunctuation(AnnotatedSentence s, int i) {
    return form(s, i).chars().noneMatch(Character::isLetterOrDigit);
  }

  /** A verb group that heads a clause: it has a finite verb or a modal, not only "to", -ing or -ed. */
  static boolean isFinite(AnnotatedSentence s, Chunk vp) {
    for (int i = vp.start(); i < vp.end(); i++) {
      String p = s.token(i).pos();
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
        return true;
      }
      if (p.equals("TO") || p.equals("VBG") || p.equals("VBN") || p.equals("VB")) {
        return false;
      }
    }
    return false;
  }

  static boolean startsWith(AnnotatedSentence s, Chunk ch, String pos) {
    return s.token(ch.start()).pos().equals(pos);
  }

  /** Index of the chunk that contains token i. */
  static int chunkAt(List<Chunk> chunks, int i) {
    for (int c = 0; c < chunks.size(); c++) {
      if (chunks.get(c).start() <= i && i < chunks.get(c).end()) {
        return c;
      }
    }
    return -1;
  }
}
