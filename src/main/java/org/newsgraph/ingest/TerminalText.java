package org.newsgraph.ingest;

/**
 * Text from articles and feeds made fit to print on a terminal: titles, ids and error messages
 * come from outside, and may hold escape sequences (that move the cursor, retitle the window or
 * recolour what follows) or run to megabytes.
 */
public final class TerminalText {

  /** How much of an outside value an error line shows. */
  public static final int EXCERPT_CHARS = 300;

  private TerminalText() {}

  /** The text with control characters written out ({@code \n}, {@code \t}, {@code \u001b}, …). */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
          || Character.getType(c) == Character.FORMAT && c != '\u200d';
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (!control) {
          out.append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c == '\t') {
          out.append("\\t");
        } else if (c == '\r') {
          out.append("\\r");
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** At most {@code max} characters of the text, escaped, followed by how many were left out. */
  public static String excerpt(String text, int max) {
    if (text == null) {
      return "";
    }
    if (text.length() <= max) {
      return escape(text);
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return escape(text.substring(0, end)) + "… (" + String.format("%,d", text.length() - end) + " more characters)";
  }
}
