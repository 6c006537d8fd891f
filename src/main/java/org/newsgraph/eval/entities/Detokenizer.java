package org.newsgraph.eval.entities;

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

  private Detokenizer() {}

  public static String join(List<String> tokens) {
    StringBuilder b = new StringBuilder();
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
      b.append(t);
    }
    return b.toString();
  }
}
