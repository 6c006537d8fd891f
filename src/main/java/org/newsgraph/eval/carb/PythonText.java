package org.newsgraph.eval.carb;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code str.strip()} and {@code str.split()} (no arguments). CaRB tokenises and trims
 * with them, and Python's idea of whitespace is wider than {@link String#strip()}'s (it includes
 * the no-break spaces and U+0085), so the scorer uses these to count the same words.
 */
final class PythonText {

  private PythonText() {}

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  static List<String> split(String s) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(s.substring(start, i));
      }
    }
    return words;
  }

  /** {@code s.split('\t')}: every field, empty ones included. */
  static String[] splitTabs(String s) {
    return s.split("\t", -1);
  }
}
