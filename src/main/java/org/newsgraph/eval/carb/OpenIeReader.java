package org.newsgraph.eval.carb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenIE-4/5's output format, six TAB-separated fields: {@code confidence, context, arg1,
 * relation, arg2s, sentence}, where each part is written {@code Kind(text,List(offsets))} and
 * several second arguments ({@code SimpleArgument}, {@code TemporalArgument}, {@code
 * SpatialArgument}) are separated by {@code "; "}.
 *
 * <p>Read as CaRB's {@code --openiefive} reader reads it: the extraction gets the first argument
 * and then every second argument in order, texts verbatim (no {@code T: }/{@code L: } prefix,
 * OpenIE-5's {@code [is]} kept). A context ("This finding indicated") is put in front of the first
 * argument unless the first argument and the relation already start with it. Lines without a
 * second argument are skipped. With this reading the scorer gives OpenIE-5's dev output exactly
 * the figures SOURCES.md states.
 */
public final class OpenIeReader implements CarbReader {

  // Offsets are "[s, e)" ranges or "{i}" points, comma-separated, or "null".
  private static final String OFFSET = "(?:\\[\\d+, \\d+\\)|\\{\\d+\\})";
  private static final String OFFSETS = "(?:null|" + OFFSET + "(?:, " + OFFSET + ")*)";
  private static final Pattern PART =
      Pattern.compile("[A-Za-z]+\\((.*?),List\\(" + OFFSETS + "\\)\\)");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*;?\\s*");

  @Override
  public Optional<CarbExtraction> parseLine(String line) {
    String[] fields = PythonText.splitTabs(line);
    if (fields.length != 6) {
      throw new CarbFormatException(
          "OpenIE line needs 6 TAB-separated fields, has " + fields.length);
    }
    double confidence;
    try {
      confidence = Double.parseDouble(PythonText.strip(fields[0]));
    } catch (NumberFormatException e) {
      throw new CarbFormatException("confidence is not a number: '" + fields[0] + "'");
    }
    List<String> arg1 = texts(fields[2]);
    List<String> relation = texts(fields[3]);
    if (arg1.size() != 1 || relation.size() != 1) {
      throw new CarbFormatException("expected one first argument and one relation");
    }
    List<String> context = texts(fields[1]);
    if (context.size() > 1) {
      throw new CarbFormatException("expected at most one context");
    }
    String subject = arg1.get(0);
    if (!context.isEmpty() && !(subject + " " + relation.get(0)).startsWith(context.get(0))) {
      subject = context.get(0) + " " + subject;
    }
    List<String> args = new ArrayList<>();
    args.add(subject);
    args.addAll(texts(fields[4]));
    if (args.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new CarbExtraction(fields[5], confidence, relation.get(0), args));
  }

  /** The texts of the {@code Kind(text,List(...))} parts of a field, which holds nothing else. */
  private static List<String> texts(String field) {
    List<String> texts = new ArrayList<>();
    Matcher part = PART.matcher(field);
    int end = 0;
    while (part.find()) {
      requireSeparator(field.substring(end, part.start()));
      texts.add(part.group(1));
      end = part.end();
    }
    requireSeparator(field.substring(end));
    return texts;
  }

  private static void requireSeparator(String between) {
    if (!SEPARATOR.matcher(between).matches()) {
      throw new CarbFormatException("unexpected text '" + between + "'");
    }
  }
}
