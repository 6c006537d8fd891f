package org.newsgraph.eval.carb;

import java.util.Arrays;
import java.util.Optional;

/**
 * CaRB's tabbed system format: {@code sentence TAB confidence TAB relation TAB arg1 [TAB arg2
 * ...]}. Empty fields between tabs are kept as empty arguments.
 */
public final class CarbTabbedReader implements CarbReader {

  @Override
  public Optional<CarbExtraction> parseLine(String line) {
    String[] fields = PythonText.splitTabs(line);
    if (fields.length < 3) {
      throw new CarbFormatException("tabbed line needs sentence, confidence and relation");
    }
    double confidence;
    try {
      confidence = Double.parseDouble(PythonText.strip(fields[1]));
    } catch (NumberFormatException e) {
      throw new CarbFormatException("confidence is not a number: '" + fields[1] + "'");
    }
    return Optional.of(
        new CarbExtraction(
            fields[0], confidence, fields[2], Arrays.asList(fields).subList(3, fields.length)));
  }
}
