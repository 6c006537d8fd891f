package org.newsgraph.app;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.graph.ImportedIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "settle", mixinStandardHelpOptions = true,
    description = {
        "Applies the schema and decides identity over the whole store, as load decides it after each write: run it"
            + " once on a store that neo4j-admin imported from the files of 'export --format neo4j-admin'."
            + " On a settled store it changes nothing.",
        "Exit status: 0 on success, 1 on failure, 2 on usage errors."})
final class SettleCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    try (Neo4jConnection neo4j = Neo4jConnection.open(connection.settings())) {
      neo4j.store().applySchema();
      ImportedIdentity.Settled settled = new ImportedIdentity(neo4j.driver(), neo4j.database()).settle();
      System.out.println("Settled " + neo4j.description() + ": identity decided over " + settled.entities()
          + " entities and " + settled.surnames() + " surnames and acronyms; " + settled.entitiesAfter()
          + " entities now");
    }
    System.err.printf(Locale.ROOT, "settle took %.1f s%n", (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
