package org.newsgraph.app;

import picocli.CommandLine.Option;

/** The HTTP port on which the embedded Neo4j serves Neo4j Browser, for the commands that keep running. */
final class BrowserOption {

  @Option(names = "--http-port", defaultValue = "7474", paramLabel = "PORT",
      description = "HTTP port of the embedded Neo4j, serving Neo4j Browser (default: ${DEFAULT-VALUE}).")
  int httpPort;
}
