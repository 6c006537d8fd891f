package org.newsgraph.eval.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CoNLL tokens → the text a newspaper would print: no space before closing punctuation and
 * clitics, none after opening brackets, straight double quotes paired open/close in order.
 * Stateless.
 */
public final class Detokenizer {

  private static final Set<String> NO_SPACE_BEFORE = Set.of(
      ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d",
      "'m", "'", "''", "...");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "#");

  /**
   * Tokens joined, and where each token starts in the text.
   *
   * @param text the joined tokens
   * @param starts character offset of each token in {@code text}, in token order
   */
  public record Layout(String text, List<Integer> starts) {
    public Layout {
      starts = List.copyOf(starts);
    }
  }

  private Detokenizer() {}

  public static String join(List<String> tokens) {
    return layout(tokens).text();
  }

  /** The joined text with the offset of every token; token {@code i} is {@code text[starts[i], starts[i] + length)}. */
  public static Layout layout(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    List<Integer> starts = new ArrayList<>(tokens.size());
    boolean quoteOpen = false;
    boolean glueNext = true;
    for (String t : tokens) {
      boolean glue = glueNext || NO_SPACE_BEFORE.contains(t);
      glueNext = NO_SPACE_AFTER.contains(t);
      if (t.equals("\"")) {
        glue |= quoteOpen;
        glueNext = !quoteOpen;
        quoteOpen = !quoteOpen;
      }
      if (!glue) {
        b.append(' ');
      }
      starts.add(b.length());
      b.append(t);
    }
    return new Layout(b.toString(), starts);
  }
}
