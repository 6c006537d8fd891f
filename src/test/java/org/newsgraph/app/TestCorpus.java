package org.newsgraph.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A generated JSON Lines corpus of short articles whose people and organisations recur across
 * articles (so that articles share entities), for load tests.
 */
final class TestCorpus {

  private static final String[] FIRST = {"Elena", "Paulo", "Maria", "Henrik", "Amina", "Tomas", "Ingrid", "Rafael"};
  private static final String[] LAST = {"Costa", "Reis", "Lindqvist", "Okafor", "Novak", "Brennan", "Moreau"};
  private static final String[] ORGS = {"Nordhaven Shipping", "Baltic Freight Union", "Meridian Bank", "Atlas Rail"};
  private static final String[] VERBS = {"praised", "criticized", "thanked", "met", "warned"};

  private TestCorpus() {}

  static Path write(Path file, int articles) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      String a = person(i);
      String b = person(i * 3 + 1);
      String org = ORGS[i % ORGS.length];
      String text = String.format(Locale.ROOT,
          "Mayor %s %s %s on Monday.\\n%s said the port would grow. Governor %s %s %s.", a, VERBS[i % VERBS.length],
          org, a.split(" ")[1], b, VERBS[(i + 2) % VERBS.length], a);
      lines.add(String.format(Locale.ROOT, "{\"id\": \"t%04d\", \"title\": \"Port report %d\", \"text\": \"%s\"}",
          i, i, text));
    }
    return Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static String person(int i) {
    return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i) % LAST.length];
  }
}
