package org.newsgraph.eval.carb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CaRB's gold format: {@code sentence TAB relation TAB arg1 [TAB arg2 ...]}, relation before the
 * arguments. Context arguments (any field containing {@code "C: "}) are dropped, as the official
 * scorer drops them; time ({@code T: }) and location ({@code L: }) arguments are kept verbatim,
 * prefix included. The sentence is stripped.
 */
public final class CarbGoldReader implements CarbReader {

  private static final String CONTEXT_MARK = "C: ";

  @Override
  public Optional<CarbExtraction> parseLine(String line) {
    String[] fields = PythonText.splitTabs(line);
    if (fields.length < 2) {
      throw new CarbFormatException("gold line needs at least a sentence and a relation");
    }
    List<String> args = new ArrayList<>();
    for (int i = 2; i < fields.length; i++) {
      if (!fields[i].contains(CONTEXT_MARK)) {
        args.add(fields[i]);
      }
    }
    return Optional.of(CarbExtraction.gold(PythonText.strip(fields[0]), fields[1], args));
  }
}
