package org.newsgraph.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.newsgraph.graph.IdentityRules;
import org.newsgraph.ingest.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {"Shows why an entity is what it is, and corrects identity: rules that every later load follows.",
        "NAME and ENTITY are names as written (\"Blair\", \"Tony Blair\") or keys (entity:tonyblair)."},
    subcommands = {EntitiesCommand.Show.class, EntitiesCommand.Merge.class, EntitiesCommand.Split.class,
        EntitiesCommand.Rules.class})
final class EntitiesCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"Prints an entity: key, type, mentions by the type their articles gave, its aliases with the rule "
          + "that joined each, titles, and the entities it may be (MAYBE_SAME_AS)."})
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Mixin ConnectionOptions connection;

    @Override
    public Integer call() {
      String key = IdentityRules.keyOf(name);
      try (Neo4jConnection neo4j = Neo4jConnection.open(connection.settings())) {
        List<Record> found = neo4j.driver().executableQuery("""
            MATCH (e:Entity {key: $key})
            RETURN e.name AS name, e.type AS type, e.aliases AS aliases, e.joins AS joins, e.titles AS titles,
                COLLECT { MATCH (e)<-[m:MENTIONS]-() WITH m.type AS t, count(*) AS n RETURN t + ' ' + toString(n) AS s ORDER BY s }
                    AS types,
                COLLECT { MATCH (e)-[l:MAYBE_SAME_AS]-(o) RETURN o.name + ' (' + o.key + ', score ' + toString(l.score) + ')'
                    AS c ORDER BY c } AS maybe""").withParameters(Map.of("key", key))
            .withConfig(queryConfig(connection.settings().database())).execute().records();
        if (found.isEmpty()) {
          System.err.println("error: no entity " + TerminalText.escape(key) + " (from \"" + TerminalText.escape(name) + "\")");
          return 1;
        }
        Record e = found.get(0);
        System.out.println(TerminalText.escape(e.get("name").asString()) + "  " + key + "  " + e.get("type").asString());
        System.out.println("mentions by type: " + String.join(", ", e.get("types").asList(v -> v.asString())));
        List<String> aliases = e.get("aliases").asList(v -> v.asString());
        List<String> joins = e.get("joins").asList(v -> v.asString());
        for (int i = 0; i < aliases.size(); i++) {
          System.out.println("alias: " + TerminalText.escape(aliases.get(i)) + "  (" + (i < joins.size() ? joins.get(i) : "?") + ")");
        }
        e.get("titles").asList(v -> v.asString()).forEach(t -> System.out.println("title: " + TerminalText.escape(t)));
        e.get("maybe").asList(v -> v.asString()).forEach(m -> System.out.println("maybe the same as: " + TerminalText.escape(m)));
        return 0;
      }
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = {"Makes NAME the entity ENTITY: what NAME's own entity holds moves to ENTITY now, and articles "
          + "loaded later that name NAME are written to ENTITY (the rule is kept in the graph as an IdentityRule)."})
  static final class Merge implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Parameters(index = "1", paramLabel = "ENTITY") String entity;
    @Mixin ConnectionOptions connection;

    @Override
    public Integer call() {
      return apply(IdentityRules.Kind.SAME, name, entity, connection);
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = {"Says NAME is not ENTITY: a surname join of NAME to ENTITY is undone now and not made again, "
          + "and a merge rule between them is removed. Joins of other kinds (known aliases, short forms inside one "
          + "article) cannot be undone yet."})
  static final class Split implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Parameters(index = "1", paramLabel = "ENTITY") String entity;
    @Mixin ConnectionOptions connection;

    @Override
    public Integer call() {
      return apply(IdentityRules.Kind.APART, name, entity, connection);
    }
  }

  @Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the identity rules of the store.")
  static final class Rules implements Callable<Integer> {
    @Mixin ConnectionOptions connection;

    @Override
    public Integer call() {
      try (Neo4jConnection neo4j = Neo4jConnection.open(connection.settings())) {
        List<IdentityRules.Rule> rules = new IdentityRules(neo4j.driver(), connection.settings().database()).all();
        rules.forEach(r -> System.out.println((r.kind() == IdentityRules.Kind.SAME ? "same   " : "apart  ")
            + TerminalText.escape(r.name()) + "  " + r.entityKey() + " (" + TerminalText.escape(r.entityName()) + ")"));
        if (rules.isEmpty()) {
          System.out.println("no identity rules");
        }
        return 0;
      }
    }
  }

  private static QueryConfig queryConfig(String database) {
    return database == null || database.isBlank() ? QueryConfig.defaultConfig()
        : QueryConfig.builder().withDatabase(database).build();
  }

  private static int apply(IdentityRules.Kind kind, String name, String entity, ConnectionOptions connection) {
    try (Neo4jConnection neo4j = Neo4jConnection.open(connection.settings())) {
      neo4j.store().applySchema();
      IdentityRules.Applied applied = new IdentityRules(neo4j.driver(), connection.settings().database())
          .apply(kind, name, entity);
      System.out.println(TerminalText.escape(applied.message()));
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + TerminalText.escape(e.getMessage()));
      return 1;
    }
  }
}
