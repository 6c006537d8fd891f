package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a plain-text article into its parts. Understands the layout that news sites produce
 * when a page is saved as text: the title, then a header of a few short lines (the title
 * repeated, a photo caption ending in a parenthesised credit, a byline, the publication date and
 * an "Updated:" date) and then the body. Text without such a header is a title line and a body.
 * Thread-safe.
 */
final class TextLayout {

  /** The parts of one article; {@code body} may be empty (the caller decides what that means). */
  record Parts(String title, List<String> authors, LocalDate published, LocalDate updated,
      String caption, String body) {}

  /** How far below the title the publication date may be and still belong to a header. */
  private static final int MAX_LINES_BEFORE_DATE = 5;
  private static final Pattern DATE_LABEL = Pattern.compile(
      "^(?:published|posted|date)(?:\\s+on)?\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED = Pattern.compile(
      "^(?:last\\s+)?(?:updated|modified)(?:\\s+on)?\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  /** A caption ends with the photographer's credit in parentheses: "… (Jane Doe/Agency)". */
  private static final Pattern CREDIT = Pattern.compile(".*\\([^()]{2,120}\\)\\s*$");

  private TextLayout() {}

  static Parts parse(String text) {
    List<String> lines = List.of(BodyText.normaliseNewlines(text).split("\n", -1));
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        nonBlank.add(i);
      }
    }
    if (nonBlank.isEmpty()) {
      return new Parts("", List.of(), null, null, null, "");
    }
    String title = lines.get(nonBlank.get(0)).strip();
    Header header = new Header(title);
    int bodyStart = header.read(lines, nonBlank);
    List<String> bodyLines = new ArrayList<>(header.lead);
    bodyLines.addAll(lines.subList(bodyStart, lines.size()));
    String caption = header.captions.isEmpty() ? null : String.join("\n", header.captions);
    return new Parts(title, header.authors, header.published, header.updated, caption,
        BodyText.clean(bodyLines));
  }

  /** The header lines found under one title; {@link #read} returns where the body starts. */
  private static final class Header {
    final String title;
    final List<String> authors = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    /** Header lines that are neither caption nor byline: a standfirst, kept as body text. */
    final List<String> lead = new ArrayList<>();
    LocalDate published;
    LocalDate updated;

    Header(String title) {
      this.title = title;
    }

    int read(List<String> lines, List<Integer> nonBlank) {
      int afterTitle = nonBlank.get(0) + 1;
      int last = Math.min(nonBlank.size() - 1, MAX_LINES_BEFORE_DATE + 1);
      for (int k = 1; k <= last; k++) {
        LocalDate date = Dates.parse(DATE_LABEL.matcher(lines.get(nonBlank.get(k))).replaceFirst(""));
        if (date != null) {
          published = date;
          nonBlank.subList(1, k).forEach(i -> classify(lines.get(i).strip()));
          return readAfterDate(lines, nonBlank, k + 1);
        }
      }
      // No date: only a "By …" line directly under the title (or its repetition) counts.
      int k = 1;
      if (k < nonBlank.size() && isTitleRepeat(lines.get(nonBlank.get(k)))) {
        k++;
      }
      if (k < nonBlank.size() && Bylines.hasByPrefix(lines.get(nonBlank.get(k)))) {
        authors.addAll(Bylines.names(lines.get(nonBlank.get(k))));
        return nonBlank.get(k) + 1;
      }
      return afterTitle;
    }

    /** Reads an optional "Updated:" date and a "By …" line after the publication date. */
    private int readAfterDate(List<String> lines, List<Integer> nonBlank, int k) {
      if (k < nonBlank.size()) {
        Matcher m = UPDATED.matcher(lines.get(nonBlank.get(k)).strip());
        if (m.matches()) {
          if (!m.group(1).isBlank()) {
            updated = Dates.parse(m.group(1));
          } else if (k + 1 < nonBlank.size() && Dates.parse(lines.get(nonBlank.get(k + 1))) != null) {
            updated = Dates.parse(lines.get(nonBlank.get(k + 1)));
            k++;
          }
          k++;
        }
      }
      if (authors.isEmpty() && k < nonBlank.size() && Bylines.hasByPrefix(lines.get(nonBlank.get(k)))) {
        authors.addAll(Bylines.names(lines.get(nonBlank.get(k))));
        k++;
      }
      return k < nonBlank.size() ? nonBlank.get(k) : lines.size();
    }

    private void classify(String line) {
      if (isTitleRepeat(line)) {
        return;
      }
      List<String> names = Bylines.names(line);
      if (!names.isEmpty() && authors.isEmpty()) {
        authors.addAll(names);
      } else if (CREDIT.matcher(line).matches()) {
        captions.add(line);
      } else {
        lead.add(line);
        lead.add("");
      }
    }

    private boolean isTitleRepeat(String line) {
      return squash(line).equals(squash(title));
    }

    private static String squash(String s) {
      return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
  }
}
