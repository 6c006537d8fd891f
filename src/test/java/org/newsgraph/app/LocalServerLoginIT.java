package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.EmbeddedNeo4j;

/**
 * While 'up' runs, other commands reach its Neo4j with --uri: on this machine they log in with the
 * password in --data, and without it they are refused with a message that says why.
 */
class LocalServerLoginIT {

  @TempDir static Path dataDir;
  @TempDir static Path emptyDir;
  static EmbeddedNeo4j server;

  @BeforeAll
  static void start() {
    server = EmbeddedNeo4j.start(dataDir, 0, -1);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aCommandWithTheDataFolderLogsInToTheRunningServer() {
    StringWriter err = new StringWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = run(out, err, "query", "--cypher", "RETURN 40 + 2 AS answer",
        "--uri", server.boltUri(), "--data", dataDir.toString());
    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("42");
  }

  @Test
  void withoutThePasswordTheServerRefusesAndTheErrorSaysSoWithoutASecret() {
    StringWriter err = new StringWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = run(out, err, "query", "--cypher", "RETURN 1 AS one",
        "--uri", server.boltUri(), "--data", emptyDir.toString());
    assertThat(exit).isNotZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("one");
    assertThat(err.toString()).containsIgnoringCase("auth");
  }

  private static int run(ByteArrayOutputStream out, StringWriter err, String... args) {
    PrintStream saved = System.out;
    PrintStream savedErr = System.err;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(new java.io.OutputStream() {
        @Override
        public void write(int b) {
          err.write(b);
        }
      }, true, StandardCharsets.UTF_8));
      return Main.commandLine().setErr(new PrintWriter(err)).execute(args);
    } finally {
      System.setOut(saved);
      System.setErr(savedErr);
    }
  }
}
