package org.newsgraph.eval.coref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.eval.entities.Prf;

/**
 * Pronoun resolution over a set of cases: precision is correct over resolved, recall correct over
 * all gold pronouns (each names a person), for the extractor and the baseline.
 */
public record PronounScores(List<PronounCase> cases) {
  public PronounScores {
    cases = List.copyOf(cases);
  }

  public Prf pipeline() {
    return prf(PronounCase::pipeline);
  }

  public Prf baseline() {
    return prf(PronounCase::baseline);
  }

  public long count(Function<PronounCase, PronounCase.Answer> system, PronounCase.Outcome outcome) {
    return cases.stream().filter(c -> system.apply(c).outcome() == outcome).count();
  }

  private Prf prf(Function<PronounCase, PronounCase.Answer> system) {
    int correct = (int) count(system, PronounCase.Outcome.CORRECT);
    int resolved = correct + (int) count(system, PronounCase.Outcome.WRONG);
    return new Prf(correct, resolved, cases.size());
  }

  /** The extractor's error kinds, the most frequent first. */
  public Map<String, Long> errorKinds() {
    Map<String, Long> counts = new LinkedHashMap<>();
    cases.stream().filter(c -> c.kind() != null).forEach(c -> counts.merge(c.kind(), 1L, Long::sum));
    Map<String, Long> out = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
