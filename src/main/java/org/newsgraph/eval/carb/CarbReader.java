package org.newsgraph.eval.carb;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one of CaRB's file formats, one extraction per line, into {@link CarbExtraction}s in file
 * order. Blank lines are skipped; every other line is stripped of surrounding whitespace (as
 * CaRB's readers do, so a trailing empty field disappears) before it is parsed.
 *
 * <p>Implementations are stateless and thread-safe. A malformed line stops the read with a
 * {@link CarbFormatException} that names the line.
 */
public interface CarbReader {

  /**
   * Parses one stripped, non-blank line.
   *
   * @return the extraction, or empty when the format says to skip the line
   * @throws CarbFormatException when the line does not have the format's shape
   */
  Optional<CarbExtraction> parseLine(String line);

  /** Reads a UTF-8 file. */
  default List<CarbExtraction> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /** Reads lines until the end of {@code in}; {@code source} names it in error messages. */
  default List<CarbExtraction> read(BufferedReader in, String source) throws IOException {
    List<CarbExtraction> extractions = new ArrayList<>();
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      String stripped = PythonText.strip(line);
      if (stripped.isEmpty()) {
        continue;
      }
      try {
        parseLine(stripped).ifPresent(extractions::add);
      } catch (CarbFormatException | IllegalArgumentException e) {
        throw new CarbFormatException(source + ":" + lineNumber + ": " + e.getMessage());
      }
    }
    return extractions;
  }
}
