package org.newsgraph.extract;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The verb of a relation.
 *
 * @param lemma canonical lemma ("praise" for "complimented"), from which the type comes
 * @param verb the verb group's own lemmas, with particle or preposition ("meet with", "agree to help")
 * @param text the words as written ("met with", "did not meet")
 * @param type relationship type: the canonical lemma in upper snake case ("PRAISE")
 * @param negated whether the sentence denies it ("did not meet")
 * @param modality how the sentence states it: asserted, reported, hypothetical, question, intended, negated
 * @param reportedBy who the sentence says said so ("Nordbank" in "…, Nordbank said"; a phrase such as
 *     "officials" when no entity is named), or null when it attributes it to no one
 */
public record Predicate(String lemma, String verb, String text, String type, boolean negated, Modality modality,
    String reportedBy) {
  private static final Pattern TYPE = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{Nd}_]{0,63}");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");
  private static final Pattern OUTER_UNDERSCORES = Pattern.compile("^_+|_+$");

  public Predicate {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(modality, "modality");
    if (!TYPE.matcher(type).matches() || !type.equals(type.toUpperCase(java.util.Locale.ROOT))) {
      throw new IllegalArgumentException("relationship type must be upper snake case: " + type);
    }
  }

  /** A predicate stated as a fact, or denied. */
  public Predicate(String lemma, String verb, String text, String type, boolean negated) {
    this(lemma, verb, text, type, negated, negated ? Modality.NEGATED : Modality.ASSERTED);
  }

  /** A predicate that the sentence attributes to no one. */
  public Predicate(String lemma, String verb, String text, String type, boolean negated, Modality modality) {
    this(lemma, verb, text, type, negated, modality, null);
  }

  /**
   * The lemmas of reported speech: a relation of one of them goes from the speaker to what was
   * said, a quotation (an older store has it as a concept, see the graph's migration).
   */
  public static Set<String> reportingLemmas() {
    return RelationExtractor.REPORTING;
  }

  /**
   * Upper snake case of a lemma: "meet with" → MEET_WITH, "fête" → FÊTE (letters of any script
   * stay, composed); apostrophes drop ("OK'd" → OKD); anything else that is not a letter or a digit
   * separates words, and at either end drops.
   */
  public static String typeOf(String lemma) {
    String composed = java.text.Normalizer.normalize(lemma, java.text.Normalizer.Form.NFC);
    String t = APOSTROPHES.matcher(composed.toUpperCase(java.util.Locale.ROOT)).replaceAll("");
    t = NOT_ALPHANUMERIC.matcher(t).replaceAll("_");
    t = OUTER_UNDERSCORES.matcher(t).replaceAll("");
    if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
      t = "REL_" + t;
    }
    return t.length() > 64 ? t.substring(0, 64) : t;
  }
}
