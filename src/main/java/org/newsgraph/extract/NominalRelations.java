package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * "is" relations that no verb states: appositions ("Kim Jong Un , the North Korean leader ," →
 * Kim Jong Un is the North Korean leader), titles before a name ("President Bush" → Bush is
 * President) and possessives ("Nissan 's successes" → Nissan has successes). Stateless and thread-safe.
 */
final class NominalRelations {

  private static final Set<String> TITLES = Set.of(
      "president", "vice-president", "king", "queen", "prince", "princess", "senator", "sen.", "governor", "gov.",
      "general", "gen.", "minister", "chancellor", "secretary", "premier", "ambassador", "pope", "bishop",
      "emperor", "judge", "justice", "mayor", "chairman", "director", "professor", "prof.", "dr.", "rep.",
      "representative", "lord", "sir", "saint", "st.", "archbishop", "captain", "colonel", "lieutenant", "sultan");

  private static final double APPOSITION_CONFIDENCE = 0.45;
  private static final double TITLE_CONFIDENCE = 0.25;
  private static final double POSSESSIVE_CONFIDENCE = 0.03;

  List<OpenExtraction> appositions(AnnotatedSentence s, List<Chunk> chunks) {
    List<OpenExtraction> out = new ArrayList<>();
    for (int c = 1; c + 2 < chunks.size(); c++) {
      Chunk first = chunks.get(c - 1);
      Chunk second = chunks.get(c + 1);
      if (!first.is("NP") || !Phrases.isComma(s, chunks.get(c)) || !second.is("NP")
          || Phrases.isRelativePronoun(s, second) || !hasProperNoun(s, first) || inList(s, chunks, c - 1)) {
        continue;
      }
      int end = second.end();
      int q = c + 2;
      while (q + 1 < chunks.size() && chunks.get(q).is("PP") && chunks.get(q + 1).is("NP")) {
        end = chunks.get(q + 1).end();
        q += 2;
      }
      boolean closed = q >= chunks.size() || Phrases.isComma(s, chunks.get(q))
          || chunks.get(q).is("O") && Phrases.endsClause(s, chunks.get(q).start());
      if (!closed || q < chunks.size() - 1 && Phrases.isComma(s, chunks.get(q)) && q + 1 < chunks.size()
          && (Phrases.isCoordinator(s, chunks.get(q + 1)) || chunks.get(q + 1).is("NP") && !isFollowedByVerb(chunks, q + 1))) {
        continue; // "A , B , and C": a list, not an apposition
      }
      out.add(new OpenExtraction("is", List.of(s.span(first.start(), first.end()), s.span(second.start(), end)),
          APPOSITION_CONFIDENCE, false, "apposition"));
    }
    return out;
  }

  List<OpenExtraction> titles(AnnotatedSentence s, List<Chunk> chunks) {
    List<OpenExtraction> out = new ArrayList<>();
    for (Chunk np : chunks) {
      if (!np.is("NP")) {
        continue;
      }
      int i = np.start();
      while (i < np.end() && !s.token(i).isProperNoun()) {
        i++;
      }
      int t = i;
      while (t < np.end() && s.token(t).isProperNoun() && TITLES.contains(Phrases.lower(s, t))) {
        t++;
      }
      int nameEnd = t;
      while (nameEnd < np.end() && s.token(nameEnd).isProperNoun()) {
        nameEnd++;
      }
      if (t > i && nameEnd > t && nameEnd == np.end()) {
        out.add(new OpenExtraction("is", List.of(s.span(t, nameEnd), s.span(np.start(), t)),
            TITLE_CONFIDENCE, false, "title"));
      }
    }
    return out;
  }

  /** "Nissan 's new - model successes" → Nissan has new - model successes. */
  List<OpenExtraction> possessives(AnnotatedSentence s, List<Chunk> chunks) {
    List<OpenExtraction> out = new ArrayList<>();
    for (int i = 1; i + 1 < s.size(); i++) {
      if (!s.token(i).pos().equals("POS")) {
        continue;
      }
      int ownerChunk = Phrases.chunkAt(chunks, i - 1);
      int ownedChunk = Phrases.chunkAt(chunks, i + 1);
      if (!chunks.get(ownerChunk).is("NP") || !chunks.get(ownedChunk).is("NP")) {
        continue;
      }
      int end = chunks.get(ownedChunk).end();
      while (end + 1 < s.size() && Phrases.form(s, end).equals("-")
          && chunks.get(Phrases.chunkAt(chunks, end + 1)).is("NP")) {
        end = chunks.get(Phrases.chunkAt(chunks, end + 1)).end();
      }
      if (i + 1 < end) {
        out.add(new OpenExtraction("has", List.of(s.span(chunks.get(ownerChunk).start(), i), s.span(i + 1, end)),
            POSSESSIVE_CONFIDENCE, false, "possessive"));
      }
    }
    return out;
  }

  private static boolean isFollowedByVerb(List<Chunk> chunks, int np) {
    return np + 1 < chunks.size() && chunks.get(np + 1).is("VP");
  }

  private static boolean hasProperNoun(AnnotatedSentence s, Chunk np) {
    for (int i = np.start(); i < np.end(); i++) {
      if (s.token(i).isProperNoun()) {
        return true;
      }
    }
    return false;
  }

  /** True when the noun phrase at chunk c follows "NP ," (an earlier item of a list). */
  private static boolean inList(AnnotatedSentence s, List<Chunk> chunks, int c) {
    return c >= 2 && Phrases.isComma(s, chunks.get(c - 1)) && chunks.get(c - 2).is("NP");
  }
}
