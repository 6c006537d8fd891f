package org.newsgraph.app;

import java.io.PrintStream;
import org.newsgraph.graph.EmbeddedNeo4j;
import picocli.CommandLine.Option;

/** The HTTP port on which the embedded Neo4j serves Neo4j Browser, for the commands that keep running. */
final class BrowserOption {

  @Option(names = "--http-port", defaultValue = "7474", paramLabel = "PORT", converter = ConnectionArguments.Port.class,
      description = "HTTP port of the embedded Neo4j, serving Neo4j Browser (default: ${DEFAULT-VALUE}).")
  int httpPort;

  /**
   * Tells how to open Browser on the embedded server: the link that connects it (it carries a
   * token of this run, not the password; still a key while the process runs, so it goes to
   * standard output only, never to a log line), where the password is for connecting by hand, and
   * how to reopen the guide.
   */
  static void printBrowserLines(EmbeddedNeo4j server, PrintStream out) {
    out.println("Neo4j Browser: " + server.browserConnectUrl());
    out.println("               (opens Browser connected while this process runs; keep the link to yourself."
        + " By hand: " + server.browserUrl() + ", bolt://localhost:" + server.boltPort() + ", user " + EmbeddedNeo4j.USER
        + ", password in " + server.passwordFile() + ")");
    out.println("Guide:         opens in Browser once connected, with NewsGraph's graph style; to reopen it run");
    out.println("               :guide " + server.browserGuideUrl());
  }
}
