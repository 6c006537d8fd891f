package org.newsgraph.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.ingest.TerminalText;

/** A plain-text table: one column per key, values shortened to fit a terminal. */
final class TextTable {

  private static final int MAX_WIDTH = 60;

  private TextTable() {}

  static String render(List<String> keys, List<Map<String, Object>> rows) {
    List<List<String>> cells = new ArrayList<>();
    int[] width = new int[keys.size()];
    for (int c = 0; c < keys.size(); c++) {
      width[c] = keys.get(c).length();
    }
    for (Map<String, Object> row : rows) {
      List<String> line = new ArrayList<>();
      for (int c = 0; c < keys.size(); c++) {
        String s = cell(row.get(keys.get(c)));
        width[c] = Math.max(width[c], s.length());
        line.add(s);
      }
      cells.add(line);
    }
    StringBuilder b = new StringBuilder();
    appendLine(b, keys, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    appendLine(b, rule, width);
    cells.forEach(line -> appendLine(b, line, width));
    return b.toString();
  }

  private static String cell(Object value) {
    String s = value == null ? "" : TerminalText.escape(String.valueOf(value).replace('\n', ' '));
    return s.length() > MAX_WIDTH ? s.substring(0, MAX_WIDTH - 1) + "…" : s;
  }

  private static void appendLine(StringBuilder b, List<String> values, int[] width) {
    for (int c = 0; c < values.size(); c++) {
      b.append(c == 0 ? "" : " | ").append(String.format("%-" + width[c] + "s", values.get(c)));
    }
    b.append(System.lineSeparator());
  }
}
