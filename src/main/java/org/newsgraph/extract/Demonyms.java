package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** "Russian" → Russia, "South Korean" → South Korea: the place an adjective of nationality names. */
final class Demonyms {

  private static final String RESOURCE = "demonyms.tsv";
  private static final Map<String, String> PLACES = load();

  private Demonyms() {}

  /** The place for a demonym as written ("North Korean"), or null. */
  static String place(String demonym) {
    return demonym == null ? null : PLACES.get(demonym);
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = Demonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": expected demonym<TAB>place");
        }
        map.put(cols[0].strip(), cols[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
