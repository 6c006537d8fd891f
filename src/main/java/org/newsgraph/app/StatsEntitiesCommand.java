package org.newsgraph.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.newsgraph.eval.identity.IdentityAudit;
import org.newsgraph.graph.NamedQueries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph stats entities}: the graph's identity problems, counted, with examples. */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {
        "Counts the graph's identity problems, each with up to " + IdentityAudit.EXAMPLES + " examples (most mentioned"
            + " first), in the embedded store (--data) or at --uri:",
        "  names that stand as two or more entities (compared in lower case, accents, punctuation, hyphens and spaces"
            + " folded: US/U.S., Kilroy-Silk/Kilroy Silk), how many of them under two or more types, and how many"
            + " written the same and differing only by type;",
        "  single-word people who are the last word of a full-name person (Blair beside Tony Blair), and how many"
            + " have exactly one such candidate;",
        "  names that keep an honorific before a name (Mr, Dr, Prof, Sir, Baroness, Gen, Rev, …) and people whose"
            + " name keeps a descriptor or title word (Tory Liam Fox, Treasury Secretary James Baker; a royal style"
            + " before a given name, as in Prince Harry, is part of the name);",
        "  candidate links between entities (MAYBE_SAME_AS).",
        "It runs the named queries entity-names and candidate-links of cypher/explore.cypher."})
final class StatsEntitiesCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NamedQueries named = NamedQueries.loadDefault();
    Settings settings = connection.settings();
    IdentityAudit.Report report;
    String where;
    try (Neo4jConnection neo4j = Neo4jConnection.open(settings)) {
      where = neo4j.description();
      QueryConfig config = neo4j.database() == null ? QueryConfig.defaultConfig()
          : QueryConfig.builder().withDatabase(neo4j.database()).build();
      List<IdentityAudit.EntityRow> entities = neo4j.driver().executableQuery(named.get("entity-names").cypher())
          .withConfig(config).execute().records().stream()
          .map(r -> new IdentityAudit.EntityRow(r.get("key").asString(), r.get("name").asString(""),
              r.get("type").asString(""), r.get("mentions").asLong()))
          .toList();
      List<String> links = neo4j.driver().executableQuery(named.get("candidate-links").cypher())
          .withConfig(config).execute().records().stream().map(StatsEntitiesCommand::link).toList();
      report = IdentityAudit.of(entities, links);
    }
    print(where, report);
    return 0;
  }

  private static String link(Record r) {
    return r.get("entity").asString("?") + " → " + r.get("candidate").asString("?")
        + (r.get("score").isNull() ? "" : String.format(Locale.ROOT, " %.2f", r.get("score").asDouble()))
        + (r.get("reason").isNull() ? "" : " (" + r.get("reason").asString() + ")");
  }

  private void print(String where, IdentityAudit.Report r) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Identity report of %s%n%n", where);
    out.printf(Locale.ROOT, "%7d  entities%n", r.entities());
    finding(out, r.splitNames(), String.format(Locale.ROOT, "%d nodes; %d under two or more types, %d differing only"
        + " by type", r.splitNodes(), r.typeSplits(), r.typeOnlySplits()));
    finding(out, r.surnames(), r.oneCandidate() + " with exactly one candidate");
    finding(out, r.honorifics(), null);
    finding(out, r.descriptors(), null);
    finding(out, r.candidateLinks(), null);
    out.flush();
  }

  private static void finding(PrintWriter out, IdentityAudit.Finding f, String detail) {
    out.printf(Locale.ROOT, "%7d  %s%s%n", f.count(), f.what(), detail == null ? "" : " (" + detail + ")");
    f.examples().forEach(e -> out.println("           " + e));
  }
}
