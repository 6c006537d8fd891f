package org.newsgraph.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * One CSV file in the format of Neo4j's bulk importer ({@code neo4j-admin database import full}):
 * a header line naming each column with its type ({@code title}, {@code index:long},
 * {@code authors:string[]}, {@code key:ID(Entity)}, {@code :LABEL}, …), then one line per node or
 * relationship. Every string is quoted (a quote inside doubled, RFC 4180); a null is an empty,
 * unquoted field, which the importer leaves unset, as Cypher's {@code SET p = null} does, while
 * {@code ""} stays an empty string. Array elements (and labels) are separated by
 * {@link #ARRAY_DELIMITER}, a control character that no element may hold.
 *
 * <p>A row is formatted completely before anything is written, so a value the format cannot hold
 * fails the row and leaves the file as it was. Not thread-safe.
 */
final class AdminCsv implements AutoCloseable {

  /** Between array elements and labels; given to the importer as {@code --array-delimiter=U+001F}. */
  static final char ARRAY_DELIMITER = '\u001f';

  /** A column: its property name (empty for {@code :LABEL}, {@code :TYPE}, …) and its type as the header writes it. */
  record Column(String name, String type) {
    String header() {
      if (type.startsWith("ID(") || type.startsWith("START_ID(") || type.startsWith("END_ID(") || type.equals("LABEL")
          || type.equals("TYPE")) {
        return name + ":" + type;
      }
      return type.equals("string") ? name : name + ":" + type;
    }
  }

  private final Path file;
  private final List<Column> columns;
  private final BufferedWriter out;
  private boolean multiline;
  private long rows;

  AdminCsv(Path file, List<Column> columns) {
    this.file = file;
    this.columns = List.copyOf(columns);
    try {
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      out.write(String.join(",", this.columns.stream().map(Column::header).toList()));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static Column col(String name, String type) {
    return new Column(name, type);
  }

  Path file() {
    return file;
  }

  /** Whether some value written holds a line break (the importer must then read the file as multi-line). */
  boolean multiline() {
    return multiline;
  }

  long rows() {
    return rows;
  }

  /** Formats a row: each column's value taken from {@code values} by the column's name (or its type for ids). */
  String format(Map<String, ?> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      if (i > 0) {
        line.append(',');
      }
      Object v = values.get(c.name().isEmpty() ? ":" + c.type().replaceAll("\\(.*", "") : c.name());
      field(line, c, v);
    }
    return line.append('\n').toString();
  }

  /** Appends lines made by {@link #format}. */
  void write(String lines, int count) {
    if (lines.indexOf('\r') >= 0 || lines.chars().filter(ch -> ch == '\n').count() > count) {
      multiline = true;
    }
    try {
      out.write(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    rows += count;
  }

  private static void field(StringBuilder line, Column c, Object v) {
    if (v == null) {
      return;
    }
    String type = c.type();
    if (type.endsWith("[]") || type.equals("LABEL")) {
      List<?> list = v instanceof List<?> l ? l : List.of(v);
      StringBuilder joined = new StringBuilder();
      for (Object element : list) {
        String s = scalar(type.replace("[]", ""), element, c);
        if (s.indexOf(ARRAY_DELIMITER) >= 0) {
          throw new IllegalArgumentException("a value of " + c.name() + " holds the character U+001F, which the"
              + " importer's files use between list elements");
        }
        if (joined.length() > 0) {
          joined.append(ARRAY_DELIMITER);
        }
        joined.append(s);
      }
      quote(line, joined.toString());
      return;
    }
    String s = scalar(type, v, c);
    if (type.equals("long") || type.equals("double") || type.equals("boolean")) {
      line.append(s);
    } else {
      quote(line, s);
    }
  }

  private static String scalar(String type, Object v, Column c) {
    return switch (type) {
      case "long" -> String.valueOf(((Number) v).longValue());
      case "double" -> Double.toString(((Number) v).doubleValue());
      case "boolean" -> String.valueOf((Boolean) v);
      case "date" -> ((LocalDate) v).toString();
      case "datetime" -> ((ZonedDateTime) v).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      default -> {
        if (!(v instanceof String s)) {
          throw new IllegalArgumentException("column " + c.header() + " holds " + v.getClass().getSimpleName());
        }
        yield s;
      }
    };
  }

  private static void quote(StringBuilder line, String s) {
    line.append('"').append(s.replace("\"", "\"\"")).append('"');
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
