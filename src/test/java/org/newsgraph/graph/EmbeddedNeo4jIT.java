package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jIT {

  @TempDir static Path dataDir;
  static EmbeddedNeo4j server;

  @BeforeAll
  static void start() {
    server = EmbeddedNeo4j.start(dataDir, 0, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void boltAnswersOnTheChosenPort() {
    assertThat(server.boltUri()).endsWith(":" + server.boltPort());
    try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
      driver.verifyConnectivity();
      long one = driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asLong();
      assertThat(one).isEqualTo(1L);
    }
  }

  @Test
  void browserIsServedAndAdvertisesTheRealBoltPort() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> browser =
        http.send(HttpRequest.newBuilder(URI.create(server.browserUrl())).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(browser.statusCode()).isEqualTo(200);
    assertThat(browser.body()).containsIgnoringCase("<html");

    HttpResponse<String> discovery =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/"))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(discovery.statusCode()).isEqualTo(200);
    assertThat(discovery.body()).contains(":" + server.boltPort());
  }
}
