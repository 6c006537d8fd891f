package org.newsgraph.nlp.ner.features;

/**
 * Word shapes: letters and digits mapped to a class character ({@code X} upper, {@code x}
 * lower, {@code d} digit), other characters kept. The short shape collapses runs of the same
 * class, so "McDonald" is "XxXx" and "1996-08-22" is "d-d-d".
 */
public final class WordShape {

  private WordShape() {}

  public static String shortShape(String token) {
    StringBuilder shape = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = classOf(token.charAt(i));
      if (c != last) {
        shape.append(c);
        last = c;
      }
      if (shape.length() >= 12) {
        break;
      }
    }
    return shape.toString();
  }

  /** True when the token has at least one letter and no lower-case letter. */
  public static boolean isAllCaps(String token) {
    boolean letter = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  public static boolean isCapitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }

  private static char classOf(char c) {
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLowerCase(c)) {
      return 'x';
    }
    if (Character.isDigit(c)) {
      return 'd';
    }
    return c;
  }
}
