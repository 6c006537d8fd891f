package org.newsgraph.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.newsgraph.extract.RelationTypes;
import org.newsgraph.graph.NamedQueries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph stats relations}: the relationship types of the graph, counted and checked. */
@Command(name = "relations", mixinStandardHelpOptions = true,
    description = {
        "Counts the extracted relations of the embedded store (--data) or --uri: how many (one per fact and"
            + " article, however many of its sentences state it), how many join two entities, how many end at a"
            + " quotation (the rest end at a concept), how many an article states more than once and in how many"
            + " sentences, how many relationship types, how many used once, and the types outside the closed"
            + " vocabulary (a verb lemma with particles, or a role followed by OF; see docs/relations.md), with up"
            + " to " + StatsRelationsCommand.EXAMPLES + " examples each.",
        "It runs the named query relation-type-counts of cypher/explore.cypher."})
final class StatsRelationsCommand implements Callable<Integer> {

  static final int EXAMPLES = 10;

  /** The counts of one graph's relationship types. */
  record Report(long relations, long betweenEntities, long toQuotes, long repeated, long sentences, int types,
      List<String> usedOnce, List<String> outside) {
    double entityShare() {
      return relations == 0 ? 0 : 100.0 * betweenEntities / relations;
    }
  }

  @Mixin ConnectionOptions connection;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String cypher = NamedQueries.loadDefault().get("relation-type-counts").cypher();
    String where;
    List<Record> rows;
    try (Neo4jConnection neo4j = Neo4jConnection.open(connection.settings())) {
      where = neo4j.description();
      QueryConfig config = neo4j.database() == null ? QueryConfig.defaultConfig()
          : QueryConfig.builder().withDatabase(neo4j.database()).build();
      rows = neo4j.driver().executableQuery(cypher).withConfig(config).execute().records();
    }
    print(where, report(rows));
    return 0;
  }

  static Report report(List<Record> rows) {
    long relations = 0;
    long between = 0;
    long quotes = 0;
    long repeated = 0;
    long sentences = 0;
    List<String> once = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (Record r : rows) {
      String type = r.get("relation").asString();
      long times = r.get("times").asLong();
      relations += times;
      between += r.get("betweenEntities").asLong();
      quotes += r.get("toQuotes").asLong();
      repeated += r.get("repeated").asLong();
      sentences += r.get("sentences").asLong();
      if (times == 1) {
        once.add(type);
      }
      if (!RelationTypes.isKnown(type)) {
        outside.add(type);
      }
    }
    return new Report(relations, between, quotes, repeated, sentences, rows.size(), once, outside);
  }

  private void print(String where, Report r) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Relations of %s%n%n", where);
    out.printf(Locale.ROOT, "%7d  relations%n", r.relations());
    out.printf(Locale.ROOT, "%7d  between two entities (%.1f %%)%n", r.betweenEntities(), r.entityShare());
    out.printf(Locale.ROOT, "%7d  to a quotation%n", r.toQuotes());
    out.printf(Locale.ROOT, "%7d  stated in more than one sentence of their article (%d sentences in all)%n",
        r.repeated(), r.sentences());
    out.printf(Locale.ROOT, "%7d  relationship types%n", r.types());
    out.printf(Locale.ROOT, "%7d  types used once%n", r.usedOnce().size());
    out.printf(Locale.ROOT, "%7d  types outside the vocabulary%n", r.outside().size());
    if (!r.outside().isEmpty()) {
      out.println("           " + String.join(" ", r.outside().subList(0, Math.min(EXAMPLES, r.outside().size()))));
    }
    out.flush();
  }
}
