package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/** The store's password survives restarts, and a store without a password file gets a new one. */
class EmbeddedCredentialsIT {

  @TempDir Path dataDir;

  @Test
  void aStoreKeepsItsPasswordAndAStoreWhoseFileIsGoneGetsANewOne() throws Exception {
    String first;
    try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, 0, -1)) {
      first = Files.readString(server.passwordFile()).strip();
      write(server, "CREATE (:Marker {n: 1})");
    }
    try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, 0, -1)) {
      assertThat(Files.readString(server.passwordFile()).strip()).isEqualTo(first);
      assertThat(count(server)).isEqualTo(1L);
      Files.delete(server.passwordFile());
    }
    // A store made before passwords (or whose file was deleted): it is given a new password before
    // any port opens, and the old one stops working.
    try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dataDir, 0, -1)) {
      String second = Files.readString(server.passwordFile()).strip();
      assertThat(second).isNotEqualTo(first);
      assertThat(count(server)).isEqualTo(1L);
      try (Driver old = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", first))) {
        assertThatThrownBy(old::verifyConnectivity).isInstanceOf(AuthenticationException.class);
      }
      assertThat(EmbeddedNeo4j.storedPassword(dataDir)).contains(second);
    }
  }

  private static void write(EmbeddedNeo4j server, String cypher) {
    try (Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
      driver.executableQuery(cypher).execute();
    }
  }

  private static long count(EmbeddedNeo4j server) {
    try (Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
      return driver.executableQuery("MATCH (m:Marker) RETURN count(m) AS n").execute().records().get(0).get("n").asLong();
    }
  }
}
