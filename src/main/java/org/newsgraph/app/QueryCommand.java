package org.newsgraph.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.newsgraph.graph.NamedQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = {
        "Runs Cypher against the embedded store (--data) or --uri and prints a table or JSON.",
        "Give a statement with --cypher, or the NAME of a query in cypher/explore.cypher (--list shows them).",
        "The embedded store can be used by one process at a time: stop 'newsgraph up' first, or query it in Neo4j Browser."})
final class QueryCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "A named query from cypher/explore.cypher.")
  String name;

  @Option(names = "--cypher", paramLabel = "STATEMENT", description = "A Cypher statement to run.")
  String cypher;

  @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
      description = "A query parameter ($KEY); repeatable. Example: --param name='Donald Trump'.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--json", description = "Print one JSON object per row instead of a table.")
  boolean json;

  @Option(names = "--list", description = "List the named queries and exit.")
  boolean list;

  @Mixin ConnectionOptions connection;

  @Override
  public Integer call() throws Exception {
    NamedQueries named = NamedQueries.loadDefault();
    if (list) {
      named.all().forEach(q -> System.out.printf("%-22s %s%n", q.name(), q.description()));
      return 0;
    }
    String statement = cypher;
    if (statement == null) {
      NamedQueries.Query q = name == null ? null : named.get(name);
      if (q == null) {
        System.err.println(name == null
            ? "error: give a query NAME or --cypher (see 'newsgraph query --list')"
            : "error: no query named '" + name + "' (see 'newsgraph query --list')");
        return 2;
      }
      statement = q.cypher();
    }
    Settings settings = connection.settings();
    try (Neo4jConnection neo4j = Neo4jConnection.open(settings)) {
      SessionConfig config = settings.database() == null || settings.embedded()
          ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(settings.database());
      List<Record> records;
      List<String> keys;
      try (var session = neo4j.driver().session(config)) {
        var result = session.run(statement, new LinkedHashMap<String, Object>(params));
        keys = result.keys();
        records = result.list();
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Record r : records) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String k : keys) {
          row.put(k, CypherValues.plain(r.get(k)));
        }
        rows.add(row);
      }
      if (json) {
        ObjectMapper mapper = new ObjectMapper();
        for (Map<String, Object> row : rows) {
          System.out.println(mapper.writeValueAsString(row));
        }
      } else {
        System.out.print(TextTable.render(keys, rows));
        System.out.println(rows.size() + " row(s)");
      }
    }
    return 0;
  }
}
