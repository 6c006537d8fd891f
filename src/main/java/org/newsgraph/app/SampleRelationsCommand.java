package org.newsgraph.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.newsgraph.graph.NamedQueries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph sample relations}: random relations between two entities, with their evidence,
 * as a table a reader fills in. The same store and seed give the same sample.
 */
@Command(name = "relations", mixinStandardHelpOptions = true,
    description = {
        "Prints N random relations between two entities (both ends :Entity) of the embedded store (--data) or --uri,"
            + " as tab-separated lines with a header: n, judgment (empty, for a reader to fill in with right, partly or"
            + " wrong), subject, relationship type, object, the verb as written, modality, article id, sentence id and"
            + " the evidence sentence. A relation is one fact of one article; its evidence here is the first sentence"
            + " of the article that states it.",
        "The relations are read in a fixed order (named query entity-relations of cypher/explore.cypher) and"
            + " shuffled with --seed: the same store and seed give the same sample. docs/relations.md says how to"
            + " judge them."})
final class SampleRelationsCommand implements Callable<Integer> {

  static final List<String> COLUMNS =
      List.of("n", "judgment", "subject", "relation", "object", "verb", "modality", "article", "sentence", "evidence");

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
      description = "Seed of the draw (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--n", defaultValue = "100", paramLabel = "N",
      description = "How many relations (default: ${DEFAULT-VALUE}; fewer when the graph has fewer).")
  int n;

  @Mixin ConnectionOptions connection;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (n < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--n must be at least 1");
    }
    String cypher = NamedQueries.loadDefault().get("entity-relations").cypher();
    List<List<String>> rows = new ArrayList<>();
    try (Neo4jConnection neo4j = Neo4jConnection.open(connection.settings())) {
      QueryConfig config = neo4j.database() == null ? QueryConfig.defaultConfig()
          : QueryConfig.builder().withDatabase(neo4j.database()).build();
      for (Record r : neo4j.driver().executableQuery(cypher).withConfig(config).execute().records()) {
        rows.add(List.of(cell(r, "subject"), cell(r, "relation"), cell(r, "object"), cell(r, "verb"),
            cell(r, "modality"), cell(r, "article"), cell(r, "sentence"), cell(r, "evidence")));
      }
    }
    print(draw(rows, seed, n));
    return 0;
  }

  /** The first {@code n} of the rows shuffled with {@code seed}: a sample without repeats. */
  static <T> List<T> draw(List<T> rows, long seed, int n) {
    List<T> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    return shuffled.subList(0, Math.min(n, shuffled.size()));
  }

  private static String cell(Record r, String key) {
    return r.get(key).isNull() ? "" : String.valueOf(r.get(key).asObject()).replaceAll("\\s+", " ").strip();
  }

  private void print(List<List<String>> sample) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.join("\t", COLUMNS));
    for (int i = 0; i < sample.size(); i++) {
      List<String> row = sample.get(i);
      out.println((i + 1) + "\t\t" + String.join("\t", row));
    }
    out.flush();
  }
}
