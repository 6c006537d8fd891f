package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

class EmbeddedNeo4jIT {

  /** The request a script on any web page could send to the HTTP API while 'up' runs. */
  private static final String FOREIGN_ORIGIN = "http://evil.example";

  @TempDir static Path dataDir;
  @TempDir static Path files;
  static EmbeddedNeo4j server;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = EmbeddedNeo4j.start(dataDir, 0, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void boltAnswersOnTheChosenPortWithTheStoresPassword() {
    assertThat(server.boltUri()).endsWith(":" + server.boltPort());
    try (Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
      driver.verifyConnectivity();
      long one = driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asLong();
      assertThat(one).isEqualTo(1L);
    }
  }

  @Test
  void boltRefusesAnyoneWithoutThePassword() {
    try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
      assertThatThrownBy(driver::verifyConnectivity).isInstanceOfAny(AuthenticationException.class, ClientException.class);
    }
    try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
      assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void theHttpApiRefusesCypherFromAForeignOrigin() throws Exception {
    Path secret = Files.writeString(files.resolve("private.csv"), "a private line\n");
    String body = "{\"statements\":[{\"statement\":\"LOAD CSV FROM '" + secret.toUri() + "' AS l RETURN l LIMIT 2\"},"
        + "{\"statement\":\"MATCH (n) DETACH DELETE n\"}]}";
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(api())
            .header("Origin", FOREIGN_ORIGIN).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).doesNotContain("a private line");
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isNotEqualTo(java.util.Optional.of("*"))
        .isNotEqualTo(java.util.Optional.of(FOREIGN_ORIGIN));

    HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(api())
            .header("Origin", FOREIGN_ORIGIN).header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type, authorization")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.headers().allValues("Access-Control-Allow-Origin"))
        .doesNotContain("*", FOREIGN_ORIGIN);
  }

  @Test
  void loadCsvCannotReadLocalFilesEvenWithThePassword() throws Exception {
    Path secret = Files.writeString(files.resolve("secret.csv"), "a private line\n");
    try (Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
      assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM $url AS l RETURN l")
              .withParameters(java.util.Map.of("url", secret.toUri().toString())).execute())
          .isInstanceOf(ClientException.class)
          .hasMessageContaining("file");
    }
  }

  @Test
  void thePasswordIsKeptInTheDataFolderForItsOwnerOnly() throws Exception {
    Path file = server.passwordFile();
    assertThat(file.getParent()).isEqualTo(dataDir);
    String password = Files.readString(file).strip();
    assertThat(password).hasSizeGreaterThanOrEqualTo(20);
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(file))
          .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
  }

  @Test
  void browserIsServedAndAdvertisesTheRealBoltPort() throws Exception {
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

  @Test
  void theConnectPageIsServedWithoutTheSecretAndTheLinkHoldsATokenNotThePassword() throws Exception {
    String link = server.browserConnectUrl();
    String password = Files.readString(server.passwordFile()).strip();
    assertThat(link).contains("/newsgraph/connect#").doesNotContain(password);
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link.substring(0, link.indexOf('#')))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("neo4j.connections").contains("/browser/").doesNotContain(password);
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void theLinksTokenGivesThePasswordToBrowsersOwnOriginOnly() throws Exception {
    String link = server.browserConnectUrl();
    String token = link.substring(link.indexOf('#') + 1);
    String password = Files.readString(server.passwordFile()).strip();
    String browser = "http://localhost:" + server.httpPort();

    HttpResponse<String> own = exchange(token, browser);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).isEqualTo(password);
    assertThat(own.headers().firstValue("Cache-Control")).contains("no-store");

    for (HttpResponse<String> refused : java.util.List.of(exchange(token, FOREIGN_ORIGIN), exchange(token, null),
        exchange(token, "http://127.0.0.1:" + server.httpPort()), exchange("not" + token, browser), exchange("", browser))) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).doesNotContain(password);
    }
  }

  private static HttpResponse<String> exchange(String token, String origin) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.httpPort() + "/newsgraph/session"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(token));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theGuideAndTheStyleAreServedWithoutAPasswordAndBrowsersPageStaysOnThisServer() throws Exception {
    HttpResponse<String> guide = get(server.browserGuideUrl());
    assertThat(guide.statusCode()).isEqualTo(200);
    assertThat(guide.body()).contains("<title>NewsGraph</title>");
    for (NamedQueries.Query q : NamedQueries.loadDefault().all()) {
      assertThat(guide.body()).contains("data-query=\"" + q.name() + "\"");
    }
    HttpResponse<String> style = get(server.browserGuideUrl().replace("guide.html", "style.grass"));
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.body()).contains("node.Person {");

    String policy = get(server.browserUrl()).headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(policy).contains("script-src 'self';")
        .contains("connect-src 'self' ws://127.0.0.1:" + server.boltPort()).doesNotContain("https:").doesNotContain("wss:");
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSecondProcessOnTheSameStoreIsToldItIsInUse() {
    assertThatThrownBy(() -> EmbeddedNeo4j.start(dataDir, 0, -1).close())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is open in another process")
        .hasMessageContaining("--data");
  }

  private static URI api() {
    return URI.create("http://127.0.0.1:" + server.httpPort() + "/db/neo4j/tx/commit");
  }
}
