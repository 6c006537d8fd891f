package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * Open relations from chunks, for any noun phrase (not only names): for each clause-heading verb
 * group, the subject is the noun phrase before it (through relative pronouns, asides and verbs
 * joined by "and"), the relation is the verb group with its particle and a preposition that
 * follows it directly, and the rest of the clause gives the object and extra arguments (one per
 * prepositional phrase of time or place). Appositions and titles give "is" relations, possessives
 * "has" relations.
 *
 * <p>Input: an annotated sentence (tokens, PTB POS tags, chunks). Output: extractions in sentence
 * order. Stateless and thread-safe.
 */
public final class OpenExtractor {

  private final ClauseReader clauses = new ClauseReader();
  private final NominalRelations nominal = new NominalRelations();

  public List<OpenExtraction> extract(AnnotatedSentence s) {
    List<Chunk> chunks = Chunk.of(s);
    List<OpenExtraction> out = new ArrayList<>(clauses.read(s, chunks));
    out.addAll(nominal.appositions(s, chunks));
    out.addAll(nominal.titles(s, chunks));
    out.addAll(nominal.possessives(s, chunks));
    return out;
  }
}
