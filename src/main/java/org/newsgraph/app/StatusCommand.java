package org.newsgraph.app;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.graph.IngestLedger;
import org.newsgraph.graph.IngestRun;
import org.newsgraph.ingest.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

@Command(name = "status", mixinStandardHelpOptions = true,
    description = {
        "Shows the last polls of each watched source, newest first, with their failures.",
        "They are the (:IngestRun) nodes that 'watch' and 'up' write. While 'up' runs, ask the running server:",
        "  newsgraph status --uri bolt://localhost:7687"})
final class StatusCommand implements Callable<Integer> {

  @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
      description = "Runs to show per source (default: ${DEFAULT-VALUE}).")
  int runs;

  @Mixin ConnectionOptions connection;

  @Override
  public Integer call() {
    if (runs < 1) {
      throw new ParameterException(new CommandLine(this), "--runs must be at least 1");
    }
    try (Neo4jConnection neo4j = Neo4jConnection.open(connection.settings())) {
      List<IngestRun> last = new IngestLedger(neo4j.driver(), neo4j.database()).lastRuns(runs);
      if (last.isEmpty()) {
        System.out.println("No polls recorded yet in " + neo4j.description() + ".");
        return 0;
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (IngestRun r : last) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", r.source());
        row.put("started", r.started().truncatedTo(ChronoUnit.MILLIS).toString());
        row.put("took", r.finished() == null ? "" : seconds(Duration.between(r.started(), r.finished())));
        row.put("status", r.status());
        row.put("new", r.created());
        row.put("updated", r.updated());
        row.put("skipped", r.skipped());
        row.put("copies", r.duplicates());
        row.put("failed", r.failed());
        rows.add(row);
      }
      System.out.print(TextTable.render(List.copyOf(rows.get(0).keySet()), rows));
      for (IngestRun r : last) {
        for (String failure : r.failures()) {
          System.out.println(TerminalText.escape(r.source()) + " @ " + r.started().truncatedTo(ChronoUnit.MILLIS) + ": "
              + TerminalText.excerpt(failure, TerminalText.EXCERPT_CHARS * 2));
        }
      }
      return 0;
    }
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
