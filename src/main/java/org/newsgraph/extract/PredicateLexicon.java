package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Maps verb lemmas to the canonical lemma of their relation ("compliment" → "praise"). */
final class PredicateLexicon {

  private static final String RESOURCE = "predicate-synonyms.tsv";
  private final Map<String, String> canonical;

  private PredicateLexicon(Map<String, String> canonical) {
    this.canonical = Map.copyOf(canonical);
  }

  static PredicateLexicon loadDefault() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = PredicateLexicon.class.getResourceAsStream(RESOURCE)) {
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
          throw new IllegalStateException(RESOURCE + ":" + n + ": expected canonical<TAB>synonyms");
        }
        for (String synonym : cols[1].trim().split("\\s+")) {
          map.put(synonym, cols[0].trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PredicateLexicon(map);
  }

  String canonical(String lemma) {
    return canonical.getOrDefault(lemma, lemma);
  }
}
