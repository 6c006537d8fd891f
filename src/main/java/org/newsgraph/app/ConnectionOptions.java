package org.newsgraph.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the graph lives: the embedded store in a folder (default) or a Neo4j server. The commands
 * that keep running ({@code up}, {@code watch}) add {@link BrowserOption}; the others start the
 * embedded Neo4j without its HTTP server, which they would never use.
 */
final class ConnectionOptions {

  @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
      description = "Folder of the embedded Neo4j store (default: ${DEFAULT-VALUE}); its neo4j-password file holds the"
          + " password of user neo4j. With --uri to a server on this machine (a running 'up') and no password given,"
          + " that file's password is used.")
  Path data;

  @Option(names = "--uri", defaultValue = "${env:NEO4J_URI}", paramLabel = "URI",
      converter = ConnectionArguments.Neo4jUri.class,
      description = "A Neo4j server instead of the embedded store: bolt://host:7687, neo4j://… or neo4j+s://… (env NEO4J_URI).")
  String uri;

  @Option(names = "--user", defaultValue = "${env:NEO4J_USER:-neo4j}", paramLabel = "USER",
      description = "User for --uri (env NEO4J_USER, default neo4j).")
  String user;

  @Option(names = "--password", defaultValue = "${env:NEO4J_PASSWORD}", paramLabel = "PASSWORD", interactive = false,
      description = "Password for --uri (env NEO4J_PASSWORD; prefer the environment: flags show in the process list). Never printed.")
  String password;

  @Option(names = "--database", defaultValue = "${env:NEO4J_DATABASE}", paramLabel = "NAME",
      description = "Database on the server (env NEO4J_DATABASE; default: the server's default database).")
  String database;

  @Option(names = "--bolt-port", defaultValue = "7687", paramLabel = "PORT", converter = ConnectionArguments.Port.class,
      description = "Bolt port of the embedded Neo4j on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int boltPort;

  /** The settings of a command that runs and exits: the embedded Neo4j serves Bolt only, no Neo4j Browser. */
  Settings settings() {
    return settings(-1);
  }

  /** @param httpPort HTTP port for Neo4j Browser on the embedded Neo4j, or -1 for none */
  Settings settings(int httpPort) {
    return new Settings(data, blankToNull(uri), user, blankToNull(password), blankToNull(database), boltPort, httpPort);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
