package org.newsgraph.app;

import java.util.Locale;
import picocli.CommandLine;

/**
 * How open extractions read a sentence: {@code FAST} from the tagger's and chunker's annotations,
 * {@code ACCURATE} from the constituency parser's (3-4× slower).
 */
enum ExtractionMode {
  FAST, ACCURATE;

  /** Accepts the mode names in any case. */
  static final class Converter implements CommandLine.ITypeConverter<ExtractionMode> {
    @Override
    public ExtractionMode convert(String value) {
      try {
        return ExtractionMode.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a mode; use fast or accurate");
      }
    }
  }
}
