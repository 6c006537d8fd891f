package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * The roles that decide what a pronoun refers to, read from a sentence's chunks: which tokens are
 * the head of a finite verb's subject, which sit in a noun phrase after a preposition, and the
 * subject of each verb group. Immutable once built.
 */
final class ClauseRoles {

  private final List<Chunk> chunks;
  private final SubjectFinder.Subject[] subjectOf;
  private final boolean[] subjectHead;
  private final boolean[] inPrep;

  ClauseRoles(AnnotatedSentence s, SubjectFinder finder) {
    chunks = Chunk.of(s);
    subjectOf = new SubjectFinder.Subject[chunks.size()];
    subjectHead = new boolean[s.size()];
    inPrep = new boolean[s.size()];
    SubjectFinder.Subject previous = null;
    for (int c = 0; c < chunks.size(); c++) {
      Chunk ch = chunks.get(c);
      if (ch.is("NP") && c > 0 && chunks.get(c - 1).is("PP")) {
        java.util.Arrays.fill(inPrep, ch.start(), ch.end(), true);
      }
      if (!ch.is("VP")) {
        continue;
      }
      SubjectFinder.Subject sub = finder.find(s, chunks, c, previous);
      subjectOf[c] = sub;
      if (sub != null && Phrases.isFinite(s, ch)) {
        previous = sub;
        // The head is the subject's last chunk: "Bush" is not the subject in "Bush's offer was".
        Chunk last = chunks.get(Phrases.chunkAt(chunks, sub.end() - 1));
        java.util.Arrays.fill(subjectHead, Math.max(last.start(), sub.start()), sub.end(), true);
      }
    }
  }

  /** True when the token heads the subject of a finite verb. */
  boolean isSubject(int token) {
    return subjectHead[token];
  }

  /** True when the token is in a noun phrase right after a preposition ("with Mr Brown"). */
  boolean inPrepositionalPhrase(int token) {
    return inPrep[token];
  }

  /** Index of the verb group that ends nearest before the token, or -1. */
  int verbBefore(int token) {
    for (int c = Phrases.chunkAt(chunks, token) - 1; c >= 0; c--) {
      if (chunks.get(c).is("VP")) {
        return c;
      }
    }
    return -1;
  }

  Chunk chunk(int c) {
    return chunks.get(c);
  }

  int chunkCount() {
    return chunks.size();
  }

  /** The subject of the verb group at chunk c, or null. */
  SubjectFinder.Subject subjectOf(int c) {
    return c < 0 ? null : subjectOf[c];
  }
}
