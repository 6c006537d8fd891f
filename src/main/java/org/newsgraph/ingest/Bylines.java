package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises bylines ("By Jane Doe and John Roe", "Petr Svab") and splits them into names.
 * Public for {@code ingest.web}, which reads bylines from page metadata. Thread-safe.
 */
public final class Bylines {

  private static final Pattern BY = Pattern.compile("^by\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
  /** Lower-case name particles ("Ludwig van Beethoven", "Bashar al-Assad"). */
  private static final Set<String> PARTICLES =
      Set.of("de", "da", "del", "der", "di", "dos", "du", "la", "le", "van", "von", "bin", "al", "y", "ter");
  private static final int MAX_WORDS_PER_NAME = 5;
  private static final int MAX_LENGTH = 120;

  private Bylines() {}

  /** True when the line starts with "By " (whatever follows is taken as names). */
  public static boolean hasByPrefix(String line) {
    return BY.matcher(line.strip()).find();
  }

  /**
   * The names on a byline line, or an empty list when the line does not look like one. Without a
   * "By " prefix every name must look like a proper name (capitalised words, no sentence end).
   */
  public static List<String> names(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return List.of();
    }
    boolean prefixed = hasByPrefix(s);
    s = BY.matcher(s).replaceFirst("");
    List<String> names = new ArrayList<>();
    for (String part : SEPARATORS.split(s)) {
      if (part.isBlank()) {
        continue;
      }
      if (!prefixed && !looksLikeName(part)) {
        return List.of();
      }
      names.add(part.strip());
    }
    return names;
  }

  private static boolean looksLikeName(String candidate) {
    String[] words = candidate.strip().split("\\s+");
    if (words.length > MAX_WORDS_PER_NAME || candidate.endsWith(".") && !endsWithInitial(words)) {
      return false;
    }
    for (String word : words) {
      boolean capitalised = Character.isUpperCase(word.codePointAt(0));
      if (!(capitalised || PARTICLES.contains(word)) || !word.matches("[\\p{L}][\\p{L}\\p{M}.'’-]*")) {
        return false;
      }
    }
    return true;
  }

  /** "John F." ends with an initial, not with a full stop closing a sentence. */
  private static boolean endsWithInitial(String[] words) {
    return words[words.length - 1].matches("\\p{Lu}\\.");
  }
}
