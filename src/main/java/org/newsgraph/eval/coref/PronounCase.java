package org.newsgraph.eval.coref;

import java.util.Objects;

/**
 * One gold pronoun whose chain names a person, and what a system made of it.
 *
 * @param document GUM document id
 * @param sentence sentence of the pronoun in the document, from 0
 * @param context the sentence with the pronoun in brackets
 * @param gold the person's name as the chain first gives it
 * @param pipeline what the extractor resolved it to
 * @param baseline what the nearest preceding person is
 * @param kind why the extractor is not correct, or null when it is
 */
public record PronounCase(String document, int sentence, String context, String gold, Answer pipeline,
    Answer baseline, String kind) {
  public PronounCase {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(baseline, "baseline");
  }

  public enum Outcome { CORRECT, WRONG, UNRESOLVED }

  /** An outcome and the name of the entity chosen (null when unresolved). */
  public record Answer(Outcome outcome, String entity) {
    static final Answer NONE = new Answer(Outcome.UNRESOLVED, null);
  }
}
