package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans article body text: drops page furniture ("Watch Next: …", share links) and tidies
 * whitespace while keeping line and paragraph breaks, which sentence splitting relies on.
 * Public for {@code ingest.web}, which cleans the text it extracts from pages the same way.
 * Thread-safe.
 */
public final class BodyText {

  /** A labelled teaser or link list: the label says it is not part of the article. */
  private static final Pattern LABELLED = Pattern.compile(
      "^(?:watch next|watch now|watch|read next|read more|also read|see also|related"
          + "|related (?:articles?|stories|coverage)|recommended|more from [^:]{1,40}"
          + "|most read|trending)\\s*:.*",
      Pattern.CASE_INSENSITIVE);
  /** A line that is nothing but a sharing or page control. */
  private static final Pattern CONTROL = Pattern.compile(
      "^(?:share(?: this(?: article| story)?)?(?: on (?:facebook|twitter|x|linkedin|whatsapp|email))?"
          + "|tweet|email|print|comments?|advertisement|copy link|save)\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** Calls to action and notices that only ever close an article. */
  private static final Pattern TRAILER = Pattern.compile(
      "^(?:follow (?:us|me|him|her|them) (?:on|at)\\b|sign up (?:for|to)\\b|subscribe to\\b"
          + "|copyright\\b|©|\\(c\\) \\d{4}|all rights reserved).*|^reuters?$",
      Pattern.CASE_INSENSITIVE);
  /** A wire sign-off left on the last line after the final sentence: "… last year.   REUTER". */
  private static final Pattern SIGN_OFF =
      Pattern.compile("(?<=[.!?\"”])\\s+reuters?$", Pattern.CASE_INSENSITIVE);
  /** "reuters" and a final line terminator ("\r\n" at most): the end a {@link #SIGN_OFF} match is in. */
  private static final int SIGN_OFF_TAIL = 10;
  /** The characters a line that finishes a sentence ends with. */
  private static final String SENTENCE_END = ".!?:;\"”’')]";
  /*
   * The first characters a LABELLED, CONTROL or TRAILER line can have (the patterns ignore ASCII
   * case): most lines start otherwise and need no regular expression.
   */
  private static final String LABELLED_STARTS = "wWrRaAsSmMtT";
  private static final String CONTROL_STARTS = "sStTeEpPcCaA";
  private static final String TRAILER_STARTS = "fFsScCaArR©(";
  /** Wire copy is wrapped at 60–80 columns; longer lines mean the text was not wrapped. */
  private static final int MAX_WRAPPED_LINE = 100;
  private static final int MIN_WRAPPED_LINES = 2;

  private BodyText() {}

  /** Unifies line endings, removes a byte-order mark and control characters other than tabs. */
  static String normaliseNewlines(String raw) {
    String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    return hasControl(s) ? s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "") : s;
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x08 || c == 0x0B || c == 0x0C || (c >= 0x0E && c <= 0x1F) || c == 0x7F) {
        return true;
      }
    }
    return false;
  }

  /** The body without boilerplate lines, trailing spaces and runs of blank lines. */
  static String clean(List<String> lines) {
    List<String> kept = new ArrayList<>(lines.size());
    for (String line : hardWrapped(lines) ? unwrap(lines) : lines) {
      String stripped = line.strip();
      if (startsWithOneOf(stripped, LABELLED_STARTS) && LABELLED.matcher(stripped).matches()
          || startsWithOneOf(stripped, CONTROL_STARTS) && CONTROL.matcher(stripped).matches()) {
        continue;
      }
      kept.add(stripped.replace('\u00A0', ' '));
    }
    int end = kept.size();
    while (end > 0 && (kept.get(end - 1).isBlank() || isTrailer(kept.get(end - 1).strip()))) {
      end--;
    }
    StringBuilder out = new StringBuilder();
    boolean pendingBlank = false;
    for (String line : kept.subList(0, end)) {
      if (line.isBlank()) {
        pendingBlank = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(pendingBlank ? "\n\n" : "\n");
      }
      out.append(line);
      pendingBlank = false;
    }
    return mayEndWithSignOff(out) ? SIGN_OFF.matcher(out).replaceFirst("") : out.toString();
  }

  /**
   * True for text wrapped at a fixed width, as wire copy is: most lines that run on into the next
   * one stop mid-sentence. Left alone, every such line break would look like a paragraph break.
   */
  static boolean hardWrapped(List<String> lines) {
    int runOn = 0;
    int midSentence = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.length() > MAX_WRAPPED_LINE) {
        return false;
      }
      if (!line.isEmpty() && !lines.get(i + 1).isBlank() && !startsIndented(lines.get(i + 1))) {
        runOn++;
        midSentence += endsSentence(line) ? 0 : 1;
      }
    }
    return runOn >= MIN_WRAPPED_LINES && midSentence * 2 > runOn;
  }

  /** Joins wrapped lines into one line per paragraph; a blank or indented line starts a new one. */
  private static List<String> unwrap(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : lines) {
      // A sign-off ("Reuter") can follow the last wrapped line directly; it must stay a line of
      // its own so that it can be recognised and dropped below.
      if (line.isBlank() || startsIndented(line) || isTrailer(line.strip())) {
        if (paragraph.length() > 0) {
          out.add(paragraph.toString());
          out.add("");
          paragraph.setLength(0);
        }
      }
      if (!line.isBlank()) {
        paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
      }
    }
    if (paragraph.length() > 0) {
      out.add(paragraph.toString());
    }
    return out;
  }

  /** Whether "reuter" is among the last characters, where a {@link #SIGN_OFF} match has to end. */
  private static boolean mayEndWithSignOff(CharSequence text) {
    int from = Math.max(0, text.length() - SIGN_OFF_TAIL);
    return text.subSequence(from, text.length()).toString().toLowerCase(Locale.ROOT).contains("reuter");
  }

  private static boolean isTrailer(String stripped) {
    return startsWithOneOf(stripped, TRAILER_STARTS) && TRAILER.matcher(stripped).matches();
  }

  private static boolean startsWithOneOf(String s, String firsts) {
    return !s.isEmpty() && firsts.indexOf(s.charAt(0)) >= 0;
  }

  /** Whether the line ends with a sentence's last character (and is one line: no line separators in it). */
  private static boolean endsSentence(String line) {
    int last = line.length() - 1;
    if (last < 0 || SENTENCE_END.indexOf(line.charAt(last)) < 0) {
      return false;
    }
    for (int i = 0; i < last; i++) {
      char c = line.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsIndented(String line) {
    return !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && !line.isBlank();
  }

  /** {@link #clean(List)} for text that is still one string. */
  public static String clean(String text) {
    return clean(List.of(normaliseNewlines(text).split("\n", -1)));
  }
}
