package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Markdown into plain text lines for NLP: headings become their text, links their label,
 * images and code blocks disappear, emphasis and list markers are removed. Line structure is
 * kept so that paragraphs stay apart. Not a full CommonMark renderer; it aims at prose.
 * Thread-safe.
 */
final class MarkdownText {

  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");
  private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$");
  private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+");
  private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s+\\S+.*$");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)|!\\[[^\\]]*]\\[[^\\]]*]");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)|\\[([^\\]]+)]\\[[^\\]]*]");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
  private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>|<!--.*?-->");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern EMPHASIS_STAR = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
  private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\w])_(?=\\S)(.+?)(?<=\\S)_(?![\\w])");
  private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
  private static final Pattern CODE_SPAN = Pattern.compile("`+([^`]*)`+");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])");

  private static final char PARKED = '\uE000';

  private MarkdownText() {}

  /** The plain-text lines of a Markdown document (without front matter). */
  static List<String> toPlainLines(List<String> markdown) {
    List<String> out = new ArrayList<>(markdown.size());
    boolean inFence = false;
    for (String line : markdown) {
      if (FENCE.matcher(line).matches()) {
        inFence = !inFence;
        continue;
      }
      if (inFence || LINK_DEFINITION.matcher(line).matches()) {
        continue;
      }
      boolean underline = SETEXT_UNDERLINE.matcher(line).matches()
          && !out.isEmpty() && !out.get(out.size() - 1).isBlank();
      if (underline || RULE.matcher(line).matches()) {
        out.add("");
        continue;
      }
      out.add(inline(block(line)));
    }
    return out;
  }

  private static String block(String line) {
    var heading = HEADING.matcher(line);
    if (heading.matches()) {
      return heading.group(1);
    }
    String s = QUOTE.matcher(line).replaceFirst("");
    return LIST_MARKER.matcher(s).replaceFirst("");
  }

  /** Inline markup, innermost constructs first so that a link's label keeps its emphasis out. */
  static String inline(String line) {
    // Escaped markup characters are parked in the private use area so no rule below sees them.
    String s = ESCAPE.matcher(line).replaceAll(m -> String.valueOf((char) (PARKED + m.group(1).charAt(0))));
    s = CODE_SPAN.matcher(s).replaceAll(m -> quote(m.group(1)));
    s = IMAGE.matcher(s).replaceAll("");
    s = LINK.matcher(s).replaceAll(m -> quote(m.group(1) != null ? m.group(1) : m.group(2)));
    s = AUTOLINK.matcher(s).replaceAll(m -> quote(m.group(1)));
    s = HTML_TAG.matcher(s).replaceAll("");
    s = STRONG.matcher(s).replaceAll(m -> quote(m.group(2)));
    s = EMPHASIS_STAR.matcher(s).replaceAll(m -> quote(m.group(1)));
    s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll(m -> quote(m.group(1)));
    s = STRIKE.matcher(s).replaceAll(m -> quote(m.group(1)));
    s = s.replaceAll("\\s{2,}", " ").strip();
    StringBuilder out = new StringBuilder(s.length());
    s.chars().forEach(c -> out.append((char) (c >= PARKED && c < PARKED + 128 ? c - PARKED : c)));
    return out.toString();
  }

  private static String quote(String replacement) {
    return Matcher.quoteReplacement(replacement);
  }
}
