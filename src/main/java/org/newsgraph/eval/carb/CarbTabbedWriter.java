package org.newsgraph.eval.carb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes extractions in CaRB's tabbed system format, one per line: {@code sentence TAB confidence
 * TAB relation TAB arg1 [TAB arg2 ...]}, the sentence exactly as given and the confidence in
 * Java's shortest round-trip form ({@link Double#toString(double)}, which Python's {@code float()}
 * reads back unchanged).
 *
 * <p>Fields must not contain TAB, CR or LF, which would break the line; such an extraction is
 * rejected. {@link CarbTabbedReader} strips lines, so a trailing empty argument is not read back.
 * Not thread-safe: one writer per output.
 */
public final class CarbTabbedWriter {

  private final Writer out;

  public CarbTabbedWriter(Writer out) {
    this.out = out;
  }

  /** Writes one extraction and a line feed. */
  public void write(CarbExtraction extraction) {
    try {
      out.write(line(extraction));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The extraction as one tabbed line, without line terminator. */
  public static String line(CarbExtraction extraction) {
    StringBuilder line = new StringBuilder();
    line.append(field(extraction.sentence(), "sentence"))
        .append('\t')
        .append(extraction.confidence())
        .append('\t')
        .append(field(extraction.relation(), "relation"));
    for (String arg : extraction.args()) {
      line.append('\t').append(field(arg, "argument"));
    }
    return line.toString();
  }

  private static String field(String value, String name) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        throw new IllegalArgumentException(
            name + " contains a TAB or line break: '" + value + "'");
      }
    }
    return value;
  }
}
