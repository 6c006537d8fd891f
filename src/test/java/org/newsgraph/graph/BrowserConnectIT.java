package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neo4j Browser in a real (headless) Chromium: the link that 'up' prints opens it connected, with
 * no form; Browser opened without the link is not connected. Skipped where Chromium is not
 * installed (Debian's chromium package).
 */
class BrowserConnectIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path dataDir;
  @TempDir Path profile;
  static EmbeddedNeo4j server;

  @BeforeAll
  static void start() {
    assumeThat(Files.isExecutable(CHROMIUM)).as("chromium installed").isTrue();
    server = EmbeddedNeo4j.start(dataDir, 0, 0);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theConnectLinkOpensBrowserConnectedAsTheStoresUser() throws Exception {
    String page = renderedPage(server.browserConnectUrl());
    // Browser titles its window with the connection: "neo4j@bolt://127.0.0.1:PORT - Neo4j Browser".
    assertThat(page).contains("<title>neo4j@bolt://127.0.0.1:" + server.boltPort());
  }

  @Test
  void browserWithoutTheLinkIsNotConnected() throws Exception {
    String page = renderedPage(server.browserUrl());
    assertThat(page).contains("<title>").doesNotContain("<title>neo4j@").doesNotContain("connected as user")
        .containsIgnoringCase("password");
  }

  /** The page's DOM once its scripts have run (Chromium's virtual time: 20 s of page time). */
  private String renderedPage(String url) throws Exception {
    Path dom = profile.resolve("dom.html");
    Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile.resolve("chromium"), "--virtual-time-budget=20000",
        "--dump-dom", url))
        .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s");
    }
    return Files.readString(dom, StandardCharsets.UTF_8);
  }
}
