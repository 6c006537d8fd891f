package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/** Only the commands that keep running serve Neo4j Browser; the others start Neo4j without HTTP. */
class ConnectionOptionsTest {

  @Test
  void commandsThatExitStartNoHttpServer() {
    LoadCommand load = new LoadCommand();
    new CommandLine(load).parseArgs("--data", "d", "--bolt-port", "7700", "in.jsonl");
    assertThat(load.connection.settings().httpPort()).isEqualTo(-1);
    assertThat(load.connection.settings().boltPort()).isEqualTo(7700);

    QueryCommand query = new QueryCommand();
    new CommandLine(query).parseArgs("--cypher", "RETURN 1");
    assertThat(query.connection.settings().httpPort()).isEqualTo(-1);

    assertThatThrownBy(() -> new CommandLine(new RemoveCommand()).parseArgs("--http-port", "7475", "a"))
        .isInstanceOf(UnmatchedArgumentException.class).hasMessageContaining("--http-port");
  }

  @Test
  void upAndWatchServeBrowserOnTheirHttpPort() {
    UpCommand up = new UpCommand();
    new CommandLine(up).parseArgs("--http-port", "7475");
    assertThat(up.connection.settings(up.browser.httpPort).httpPort()).isEqualTo(7475);

    WatchCommand watch = new WatchCommand();
    new CommandLine(watch).parseArgs("inbox");
    assertThat(watch.browser.httpPort).isEqualTo(7474);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "--uri|http://db.example:7474|unknown scheme 'http'",
      "--uri|db.example:7687|unknown scheme 'db.example'",
      "--uri|bolt://|not a URI",
      "--uri|bolt://:7687|no host",
      "--uri|bolt://neo4j:s3cret-pw@db.example:7687|NEO4J_PASSWORD",
      "--bolt-port|70000|70000 is not a port number",
      "--bolt-port|http|'http' is not a port number"})
  void badUrisAndPortsAreUsageErrorsInOurWordsThatNeverRepeatAPassword(String option, String value, String says) {
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = Main.commandLine().setErr(new java.io.PrintWriter(err))
        .execute("query", "--cypher", "RETURN 1", option, value);
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains(says).doesNotContain("s3cret-pw").doesNotContain("Exception");
  }

  @Test
  void aGoodUriIsKept() {
    QueryCommand query = new QueryCommand();
    new CommandLine(query).parseArgs("--cypher", "RETURN 1", "--uri", "neo4j+s://db.example:7687");
    assertThat(query.connection.settings().uri()).isEqualTo("neo4j+s://db.example:7687");
  }
}
