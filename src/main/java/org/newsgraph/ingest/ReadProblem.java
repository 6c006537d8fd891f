package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something that could not be read as an article. The reader reports it and carries on.
 *
 * @param file the file (or missing input path) concerned
 * @param line 1-based line of the problem, or 0 when it concerns the whole file
 * @param message what is wrong, for a person to read
 */
public record ReadProblem(Path file, int line, String message) {

  public ReadProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    // A message may quote the input (a bad line, an id): keep it to a readable excerpt.
    message = TerminalText.excerpt(message, TerminalText.EXCERPT_CHARS * 2);
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 or positive: " + line);
    }
  }

  /** {@code path:line: message}, or {@code path: message} when no line applies. */
  public String describe() {
    String shown = TerminalText.escape(file.toString());
    return line > 0 ? shown + ":" + line + ": " + message : shown + ": " + message;
  }
}
