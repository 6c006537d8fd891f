package org.newsgraph.eval.entities;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How two names are compared: case-insensitively, white space collapsed, a possessive 's and
 * punctuation at either end dropped ("the Commission's" keeps its article: "the commission").
 */
public final class Surface {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Surface() {}

  public static String key(String name) {
    String s = SPACES.matcher(name.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip();
    String before;
    do {
      before = s;
      if (s.endsWith("'s")) {
        s = s.substring(0, s.length() - 2);
      }
      int a = 0;
      int b = s.length();
      while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
        a++;
      }
      while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
        b--;
      }
      s = s.substring(a, b).strip();
    } while (!s.equals(before));
    return s;
  }
}
