package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entities show|split|merge|rules} on a store loaded from two articles of our own, one of
 * which names a person by surname alone: the command line a user would type, and the graph after.
 */
class EntitiesCommandIT {

  @TempDir Path dir;

  @Test
  void aUserSeesWhyAnEntityIsOneAndCorrectsIt() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("a.txt"), "Talks in Berlin\n\nHans Becker met Angela Merkel in Berlin on Monday. "
        + "Angela Merkel said the talks went well.\n");
    Files.writeString(articles.resolve("b.txt"), "Visit to Paris\n\nChancellor Merkel visited Paris on Tuesday. "
        + "Merkel said she was pleased with the talks.\n");
    Path data = dir.resolve("data");
    try (GraphTestSupport graph = new GraphTestSupport(data)) {
      graph.load(articles);
      assertThat(graph.count("MATCH (e:Person {name: 'Merkel'}) RETURN count(e)")).as("joined by surname").isZero();
    }

    Run show = run("entities", "show", "Angela Merkel");
    assertThat(show.exit).as(show.err).isZero();
    assertThat(show.out).contains("entity:angelamerkel").contains("alias: Merkel  (surname in context)");

    Run split = run("entities", "split", "Merkel", "Angela Merkel");
    assertThat(split.exit).isZero();
    assertThat(split.out).contains("separated entity:merkel");
    try (GraphTestSupport graph = new GraphTestSupport(data)) {
      assertThat(graph.count("MATCH (:Sentence)-[:MENTIONS]->(e:Person {name: 'Merkel'}) RETURN count(e)")).isEqualTo(2);
    }

    Run rules = run("entities", "rules");
    assertThat(rules.out).contains("apart  Merkel  entity:angelamerkel (Angela Merkel)");

    Run merge = run("entities", "merge", "Merkel", "entity:angelamerkel");
    assertThat(merge.exit).isZero();
    try (GraphTestSupport graph = new GraphTestSupport(data)) {
      assertThat(graph.count("MATCH (e:Entity {name: 'Merkel'}) RETURN count(e)")).isZero();
      assertThat(graph.count("MATCH (:Sentence)-[:MENTIONS]->(e:Person {name: 'Angela Merkel'}) RETURN count(e)"))
          .isEqualTo(4);
    }

    Run missing = run("entities", "merge", "Merkel", "Nobody Known");
    assertThat(missing.exit).isEqualTo(1);
    assertThat(missing.err).contains("no entity entity:nobodyknown");
  }

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    String[] full = new String[args.length + 4];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = "--data";
    full[args.length + 1] = dir.resolve("data").toString();
    full[args.length + 2] = "--bolt-port";
    full[args.length + 3] = "0";
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = Main.commandLine().execute(full);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
