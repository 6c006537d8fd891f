package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * The subject of a verb group, from chunks: the noun phrase right before it, the antecedent of a
 * relative pronoun, the noun phrase before an aside, or the subject of the verb before "and".
 * Stateless and thread-safe.
 */
final class SubjectFinder {

  /**
   * A subject over tokens [start, end).
   *
   * @param how where it was found (verb, relative, aside, coordination, participle, infinitive),
   *     which says how sure one can be of it
   */
  record Subject(int start, int end, String how) {}

  /** The subject of the verb group at chunk c; {@code previous} is the last finite verb's, for "and". */
  Subject find(AnnotatedSentence s, List<Chunk> chunks, int c, Subject previous) {
    int j = c - 1;
    while (j >= 0 && Phrases.isAdverb(s, chunks.get(j))) {
      j--;
    }
    if (j < 0) {
      return null;
    }
    Chunk before = chunks.get(j);
    if (before.is("NP") && Phrases.isRelativePronoun(s, before)) {
      int a = j - 1;
      if (a >= 0 && Phrases.isComma(s, chunks.get(a))) {
        a--;
      }
      return a >= 0 && chunks.get(a).is("NP") ? nounPhrase(s, chunks, a, "relative") : null;
    }
    if (before.is("NP")) {
      Subject subject = nounPhrase(s, chunks, j, "verb");
      int first = Phrases.chunkAt(chunks, subject.start());
      if (first >= 2 && chunks.get(first - 1).is("VP") && !Phrases.isFinite(s, chunks.get(first - 1))
          && !Phrases.startsWith(s, chunks.get(first - 1), "TO") && chunks.get(first - 2).is("NP")) {
        // "Workers building the dam found coins": the subject is the noun phrase the participle describes.
        return new Subject(nounPhrase(s, chunks, first - 2, "verb").start(), subject.end(), "verb");
      }
      if (first >= 3 && chunks.get(first - 1).is("VP") && Phrases.isRelativePronoun(s, chunks.get(first - 2))
          && chunks.get(first - 3).is("NP")) {
        // "The engineer who designed the tower moved": the subject is the one the relative clause describes.
        return nounPhrase(s, chunks, first - 3, "verb");
      }
      return subject;
    }
    if (Phrases.isComma(s, before)) {
      Subject aside = subjectBeforeAside(s, chunks, j);
      return aside != null ? aside : previous == null ? null : new Subject(previous.start(), previous.end(), "coordination");
    }
    if (Phrases.isCoordinator(s, before) && previous != null) {
      return new Subject(previous.start(), previous.end(), "coordination");
    }
    return null;
  }

  /** "Trump, who has criticized China, imposed …": the noun phrase before the aside. */
  private Subject subjectBeforeAside(AnnotatedSentence s, List<Chunk> chunks, int closingComma) {
    for (int m = closingComma - 1; m > 0; m--) {
      Chunk ch = chunks.get(m);
      if (ch.is("VP") && Phrases.isFinite(s, ch) && !(m > 0 && Phrases.isRelativePronoun(s, chunks.get(m - 1)))) {
        return null;
      }
      if (Phrases.isComma(s, ch) && chunks.get(m - 1).is("NP") && m + 1 < closingComma) {
        Chunk after = chunks.get(m + 1);
        if (after.is("NP") || Phrases.startsWith(s, after, "VBN")) {
          return nounPhrase(s, chunks, m - 1, "aside");
        }
      }
    }
    return null;
  }

  /**
   * The noun phrase ending with chunk j, extended to the left over possessives ("Bush 's offer"),
   * "of" phrases ("the son of the king"), hyphens, any prepositional phrase when the whole opens the
   * clause, and "and" ("Trump and Putin") when that does not reach into the object of an earlier verb.
   */
  static Subject nounPhrase(AnnotatedSentence s, List<Chunk> chunks, int j, String how) {
    int i = j;
    while (true) {
      if (i >= 1 && Phrases.startsWith(s, chunks.get(i), "POS") && chunks.get(i - 1).is("NP")) {
        i--;
      } else if (i >= 2 && chunks.get(i - 1).is("PP") && Phrases.lower(s, chunks.get(i - 1).start()).equals("of")
          && chunks.get(i - 2).is("NP")) {
        i -= 2;
      } else if (i >= 2 && chunks.get(i - 1).is("PP") && chunks.get(i - 2).is("NP")
          && (i == 2 || Phrases.isComma(s, chunks.get(i - 3)))) {
        i -= 2; // "Competition in the sale of bikes is heating up": a phrase that opens the clause
      } else if (i >= 2 && Phrases.form(s, chunks.get(i - 1).start()).equals("-")
          && (chunks.get(i - 2).is("NP") || chunks.get(i - 2).is("ADJP"))) {
        i -= 2; // "new - model successes", split at the hyphen by the tokenizer
      } else if (i >= 2 && Phrases.isCoordinator(s, chunks.get(i - 1)) && chunks.get(i - 2).is("NP")
          && (i < 3 || !chunks.get(i - 3).is("VP") && !chunks.get(i - 3).is("PP"))) {
        i -= 2;
      } else {
        break;
      }
    }
    return new Subject(chunks.get(i).start(), chunks.get(j).end(), how);
  }
}
