package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Conjuncts.TokenSpan;
import org.newsgraph.extract.SubjectFinder.Subject;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * Verb-headed open relations: one per clause-heading verb group (see {@link OpenExtractor}).
 * Stateless and thread-safe.
 */
final class ClauseReader {

  /** Prepositions whose phrase becomes an argument of its own (time, place) rather than part of the object. */
  private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of(
      "in", "on", "at", "during", "since", "until", "near", "after", "before", "from", "throughout");
  private static final double NO_OBJECT_CONFIDENCE = 0.02;
  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december");
  private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if", "how", "why", "what");

  private final SubjectFinder subjects = new SubjectFinder();

  List<OpenExtraction> read(AnnotatedSentence s, List<Chunk> chunks) {
    List<OpenExtraction> out = new ArrayList<>();
    Subject previous = null;
    for (int c = 0; c < chunks.size(); c++) {
      Chunk vp = chunks.get(c);
      if (!vp.is("VP")) {
        continue;
      }
      boolean finite = Phrases.isFinite(s, vp);
      boolean infinitive = Phrases.startsWith(s, vp, "TO") && vp.end() - vp.start() > 1;
      if (!finite && !infinitive && !Phrases.startsWith(s, vp, "VBG") && !Phrases.startsWith(s, vp, "VBN")) {
        continue;
      }
      Subject subject = subjects.find(s, chunks, c, previous);
      if (subject == null) {
        continue;
      }
      if (finite) {
        previous = subject;
      } else {
        // "boys playing the game", "commissioners sent to the army", "asked China to help": a
        // participle or infinitive says less surely what its noun phrase does than a finite verb.
        subject = new Subject(subject.start(), subject.end(), infinitive ? "infinitive" : "participle");
      }
      out.addAll(clause(s, chunks, c, subject));
    }
    return out;
  }

  private List<OpenExtraction> clause(AnnotatedSentence s, List<Chunk> chunks, int c, Subject subject) {
    Chunk vp = chunks.get(c);
    int relEnd = vp.end();
    StringBuilder relation = new StringBuilder(s.span(vp.start(), vp.end()));
    int k = c + 1;
    if (k < chunks.size() && chunks.get(k).is("PRT")) {
      relation.append(' ').append(s.span(chunks.get(k).start(), chunks.get(k).end()));
      relEnd = chunks.get(k).end();
      k++;
    }
    int end = clauseEnd(s, chunks, k);
    int argStart = relEnd;
    if (k + 1 < chunks.size() && chunks.get(k).is("PP") && chunks.get(k + 1).is("NP")
        && !isTimePhrase(s, chunks.get(k + 1))) {
      relation.append(' ').append(s.span(chunks.get(k).start(), chunks.get(k).end()));
      argStart = chunks.get(k).end();
    } else if (k < chunks.size() && chunks.get(k).is("SBAR")
        && COMPLEMENTIZERS.contains(Phrases.lower(s, chunks.get(k).start()))) {
      relation.append(' ').append(s.span(chunks.get(k).start(), chunks.get(k).end()));
      argStart = chunks.get(k).end();
      end = sentenceEnd(s, argStart);
    }
    if (trimEnd(s, argStart, end) <= argStart && startsComplement(s, argStart)) {
      int next = Phrases.chunkAt(chunks, argStart);
      if (subject.how().equals("relative") || subject.how().equals("participle") || subject.how().equals("infinitive")) {
        // "the engineer who designed the tower moved": the noun phrase is the object, the verb after
        // it belongs to the sentence around the relative clause.
        end = chunks.get(next).is("NP") ? chunks.get(next).end() : end;
      } else {
        // "said financing would grow", "depends on what he does": the object is a whole clause.
        end = sentenceEnd(s, argStart);
      }
    }
    end = trimEnd(s, argStart, end);
    List<TokenSpan> objects = arguments(s, chunks, argStart, end);
    List<String> args = new ArrayList<>();
    args.add(s.span(subject.start(), subject.end()));
    objects.forEach(o -> args.add(s.span(o.start(), o.end())));
    boolean negated = false;
    for (int i = vp.start(); i < vp.end(); i++) {
      negated |= Phrases.NEGATIONS.contains(Phrases.lower(s, i));
    }
    String how = isPassive(s, vp) ? "passive" : isCopula(s, vp) ? "copula" : subject.how();
    double confidence = confidence(s, subject, relation.toString().split(" ").length, argStart, end, args.size());
    List<OpenExtraction> split = perConjunct(s, chunks, relation.toString(), subject, objects, confidence, negated);
    return split.isEmpty() ? List.of(new OpenExtraction(relation.toString(), args, confidence, negated, how)) : split;
  }

  /** "Trump and Putin met Kim": one extraction per subject conjunct, the rest shared. */
  private static List<OpenExtraction> perConjunct(AnnotatedSentence s, List<Chunk> chunks, String relation,
      Subject subject, List<TokenSpan> objects, double confidence, boolean negated) {
    List<OpenExtraction> out = new ArrayList<>();
    for (TokenSpan subj : Conjuncts.of(s, chunks, subject.start(), subject.end())) {
      List<String> args = new ArrayList<>();
      args.add(s.span(subj.start(), subj.end()));
      objects.forEach(o -> args.add(s.span(o.start(), o.end())));
      out.add(new OpenExtraction(relation, args, confidence, negated, "coordination"));
    }
    return out;
  }

  /**
   * A hand-set score from what went wrong most often on CaRB dev: a relation without an object is
   * rarely right; long sentences and long objects are cut wrongly more often; longer relation
   * phrases ("was appointed chief of") are more often right than a bare verb; "there" is rarely the
   * subject a reader would give.
   */
  private static double confidence(AnnotatedSentence s, Subject subject, int relationWords, int argStart, int end,
      int arity) {
    if (arity < 2) {
      return NO_OBJECT_CONFIDENCE;
    }
    double c = switch (subject.how()) {
      case "verb" -> 0.7;
      case "relative" -> 0.62;
      case "aside" -> 0.55;
      case "participle" -> 0.45;
      case "infinitive" -> 0.3;
      default -> 0.6;
    };
    c += 0.04 * Math.min(3, relationWords - 1);
    if (subject.end() - subject.start() == 1 && Phrases.lower(s, subject.start()).equals("there")) {
      c -= 0.2; // "There were 20 families": an existential, whose real subject comes after the verb
    }
    c -= 0.006 * Math.max(0, (end - argStart) - 10);
    c -= 0.01 * Math.max(0, (subject.end() - subject.start()) - 6);
    c -= 0.005 * Math.max(0, s.size() - 20);
    return Math.max(0.05, Math.min(0.99, Math.round(c * 1000) / 1000.0));
  }

  /** The object and the extra arguments in tokens [from, to): a new argument at each adjunct preposition. */
  private static List<TokenSpan> arguments(AnnotatedSentence s, List<Chunk> chunks, int from, int to) {
    List<TokenSpan> args = new ArrayList<>();
    if (from >= to) {
      return args;
    }
    int start = from;
    for (Chunk ch : chunks) {
      if (ch.start() <= start || ch.start() >= to || !ch.is("PP")) {
        continue;
      }
      if (ADJUNCT_PREPOSITIONS.contains(Phrases.lower(s, ch.start()))) {
        args.add(new TokenSpan(start, trimEnd(s, start, ch.start())));
        start = ch.start();
      }
    }
    args.add(new TokenSpan(start, to));
    args.removeIf(a -> a.start() >= a.end());
    return args;
  }

  /** Where the clause whose arguments start at chunk k ends (exclusive token index). */
  private static int clauseEnd(AnnotatedSentence s, List<Chunk> chunks, int k) {
    for (int q = k; q < chunks.size(); q++) {
      Chunk ch = chunks.get(q);
      if (ch.is("O") && Phrases.endsClause(s, ch.start()) || ch.is("SBAR") && q > k) {
        return ch.start();
      }
      if (q > k && (Phrases.isRelativePronoun(s, ch) || s.token(ch.start()).pos().startsWith("W"))) {
        return ch.start();
      }
      if (ch.is("VP") && q > k) {
        boolean afterComma = Phrases.isComma(s, chunks.get(q - 1));
        if (afterComma && Phrases.startsWith(s, ch, "VBG")) {
          return chunks.get(q - 1).start();
        }
        if (Phrases.isFinite(s, ch)) {
          int p = q - 1;
          while (p > k && Phrases.isAdverb(s, chunks.get(p))) {
            p--;
          }
          return chunks.get(p).start(); // the new clause's subject, or the comma or "and" before the verb
        }
      }
    }
    return s.size();
  }

  private static boolean startsComplement(AnnotatedSentence s, int i) {
    return i < s.size() && !Phrases.isPunctuation(s, i) && !Phrases.COORDINATORS.contains(Phrases.lower(s, i));
  }

  private static int sentenceEnd(AnnotatedSentence s, int from) {
    for (int i = from; i < s.size(); i++) {
      String f = Phrases.form(s, i);
      if (f.equals(";") || f.equals(":") || i == s.size() - 1 && Phrases.endsClause(s, i)) {
        return i;
      }
    }
    return s.size();
  }

  /** Drops trailing punctuation and coordinators from tokens [from, to). */
  private static int trimEnd(AnnotatedSentence s, int from, int to) {
    int e = to;
    while (e > from && (Phrases.isPunctuation(s, e - 1) && !Phrases.form(s, e - 1).equals("''")
        || Phrases.COORDINATORS.contains(Phrases.lower(s, e - 1)))) {
      e--;
    }
    return e;
  }

  /** "in 968", "on 12 July 2006", "in March": a time adjunct, not a complement of the verb. */
  private static boolean isTimePhrase(AnnotatedSentence s, Chunk np) {
    for (int i = np.start(); i < np.end(); i++) {
      String w = Phrases.lower(s, i);
      if (s.token(i).pos().equals("CD") && w.matches("\\d{3,4}s?") || MONTHS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPassive(AnnotatedSentence s, Chunk vp) {
    return isCopula(s, vp) && s.token(vp.end() - 1).pos().equals("VBN");
  }

  private static boolean isCopula(AnnotatedSentence s, Chunk vp) {
    for (int i = vp.start(); i < vp.end(); i++) {
      if (Phrases.BE.contains(Phrases.lower(s, i)) && s.token(i).isVerb()) {
        return true;
      }
    }
    return false;
  }
}
