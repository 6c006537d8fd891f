package org.newsgraph.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoliteHttpTest {

  /** Generous, since the first request of a JVM is slow; the timeout test sets its own. */
  private static final HttpSettings FAST = HttpSettings.defaults()
      .withTimeout(Duration.ofSeconds(5))
      .withPerHostDelay(Duration.ZERO)
      .withMaxRedirects(3)
      .withMaxBytes(64 * 1024);

  private TestServer server;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void getsBodyContentTypeAndValidatorsAndNamesNewsGraph() throws Exception {
    server.route("/feed", exchange -> {
      exchange.getResponseHeaders().set("ETag", "\"v1\"");
      exchange.getResponseHeaders().set("Last-Modified", "Tue, 03 Mar 2026 08:00:00 GMT");
      TestServer.send(exchange, 200, "application/rss+xml; charset=utf-8", "<rss/>");
    });

    try (PoliteHttp http = new PoliteHttp(FAST)) {
      Response response = http.get(server.uri("/feed"), Validators.NONE);

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.notModified()).isFalse();
      assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
      assertThat(response.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
      assertThat(response.validators())
          .isEqualTo(new Validators("\"v1\"", "Tue, 03 Mar 2026 08:00:00 GMT"));
    }
    var headers = server.seen("/feed").get(0).headers();
    assertThat(headers.getFirst("User-Agent")).startsWith("NewsGraph/");
    assertThat(headers.containsKey("If-None-Match")).isFalse();
  }

  @Test
  void publicOnlyRefusesThisMachineBeforeAnyRequest() {
    server.route("/feed", exchange -> exchange.sendResponseHeaders(200, -1));
    try (PoliteHttp http = new PoliteHttp(FAST.withPublicOnly(true))) {
      assertThatThrownBy(() -> http.get(server.uri("/feed"), Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessage(server.uri("/feed") + ": 127.0.0.1 is a private or local address (127.0.0.1) and --public-only is on");
    }
    assertThat(server.seen("/feed")).isEmpty();
    assertThat(server.seen("/robots.txt")).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "127.0.0.1,true", "10.1.2.3,true", "172.20.0.1,true", "192.168.1.1,true", "169.254.169.254,true",
      "100.64.0.1,true", "0.0.0.0,true", "::1,true", "fd00::1,true", "fe80::1,true",
      "8.8.8.8,false", "172.32.0.1,false", "100.128.0.1,false", "2001:db8::1,false"})
  void privateAndLocalAddressesAreKnown(String address, boolean isPrivate) throws Exception {
    assertThat(PrivateAddresses.isPrivate(java.net.InetAddress.getByName(address))).isEqualTo(isPrivate);
  }

  @Test
  void matchingEtagGivesNotModifiedWithoutBody() throws Exception {
    server.route("/page", exchange -> {
      exchange.getResponseHeaders().set("ETag", "\"v2\"");
      if ("\"v2\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
      } else {
        TestServer.send(exchange, 200, "text/html", "<p>Fresh</p>");
      }
    });
    Validators previous = new Validators("\"v2\"", "Mon, 02 Mar 2026 08:00:00 GMT");

    try (PoliteHttp http = new PoliteHttp(FAST)) {
      Response response = http.get(server.uri("/page"), previous);

      assertThat(response.notModified()).isTrue();
      assertThat(response.status()).isEqualTo(304);
      assertThat(response.body()).isEmpty();
      assertThat(response.validators()).as("the 304 sent only the ETag")
          .isEqualTo(new Validators("\"v2\"", "Mon, 02 Mar 2026 08:00:00 GMT"));
      assertThat(http.get(server.uri("/page"), new Validators("\"v1\"", null)).notModified()).isFalse();
    }
    var headers = server.seen("/page").get(0).headers();
    assertThat(headers.getFirst("If-None-Match")).isEqualTo("\"v2\"");
    assertThat(headers.getFirst("If-Modified-Since")).isEqualTo("Mon, 02 Mar 2026 08:00:00 GMT");
  }

  @Test
  void followsRedirectChainWithinTheLimit() throws Exception {
    server.redirect("/r1", 301, "/r2");
    server.redirect("/r2", 302, server.uri("/r3").toString());
    server.redirect("/r3", 307, "final?x=1");
    server.serve("/final", "text/plain", "arrived");

    try (PoliteHttp http = new PoliteHttp(FAST)) {
      Response response = http.get(server.uri("/r1"), Validators.NONE);

      assertThat(response.finalUri()).isEqualTo(server.uri("/final?x=1"));
      assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("arrived");
    }
  }

  @Test
  void tooManyRedirectsFail() {
    for (int i = 0; i < 4; i++) {
      server.redirect("/loop" + i, 308, "/loop" + (i + 1));
    }
    server.serve("/loop4", "text/plain", "never reached");

    assertThatThrownBy(() -> fetch("/loop0"))
        .isInstanceOf(FetchException.class)
        .hasMessage(server.uri("/loop0") + ": more than 3 redirects");
    assertThat(server.seen("/loop4")).isEmpty();
  }

  @Test
  void redirectToAnotherSchemeFails() {
    server.redirect("/away", 302, "ftp://127.0.0.1/file");

    assertThatThrownBy(() -> fetch("/away"))
        .hasMessage(server.uri("/away") + ": redirect to a non-HTTP URL: ftp://127.0.0.1/file");
  }

  @ParameterizedTest
  @ValueSource(ints = {404, 500, 503})
  void errorStatusFailsWithTheStatus(int status) {
    server.route("/broken", exchange -> TestServer.send(exchange, status, "text/plain", "oops"));

    assertThatThrownBy(() -> fetch("/broken"))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.status()).isEqualTo(status))
        .hasMessage(server.uri("/broken") + ": HTTP " + status);
  }

  @Test
  void slowServerTimesOut() {
    server.route("/slow", exchange -> {
      try {
        Thread.sleep(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      TestServer.send(exchange, 200, "text/plain", "too late");
    });

    assertThatThrownBy(() -> fetch("/slow", FAST.withTimeout(Duration.ofMillis(300))))
        .hasMessage(server.uri("/slow") + ": no response within 300 ms");
  }

  @Test
  void endlessBodyIsCutAtTheLimit() {
    AtomicLong written = new AtomicLong();
    server.route("/huge", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[8192];
      Arrays.fill(chunk, (byte) 'x');
      try (OutputStream out = exchange.getResponseBody()) {
        // Bounded so that a client that never stops reading can't keep the test running.
        while (written.get() < 64L * 1024 * 1024) {
          out.write(chunk);
          written.addAndGet(chunk.length);
        }
      } catch (IOException clientHungUp) {
        // expected: the client stops reading once the body passes its limit
      }
    });

    assertThatThrownBy(() -> fetch("/huge"))
        .hasMessage(server.uri("/huge") + ": body larger than 64 KiB");
  }

  @Test
  void declaredLengthOverTheLimitFailsBeforeReading() {
    server.route("/declared", exchange -> {
      exchange.sendResponseHeaders(200, 10L * 1024 * 1024);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(new byte[1024]);
        out.flush();
        Thread.sleep(2_000);
      } catch (IOException | InterruptedException ignored) {
        // the client has given up on this response
      }
    });

    assertThatThrownBy(() -> fetch("/declared"))
        .hasMessage(server.uri("/declared") + ": body larger than 64 KiB");
  }

  @Test
  void requestsToOneHostAreSpacedByTheDelay() throws Exception {
    Duration delay = Duration.ofMillis(200);
    server.serve("/a", "text/plain", "a");
    server.serve("/b", "text/plain", "b");

    try (PoliteHttp http = new PoliteHttp(FAST.withPerHostDelay(delay))) {
      http.get(server.uri("/a"), Validators.NONE);
      http.get(server.uri("/b"), Validators.NONE);
    }

    List<TestServer.Seen> seen = server.seen();
    assertThat(seen).extracting(TestServer.Seen::path).containsExactly("/robots.txt", "/a", "/b");
    assertThat(seen.get(1).arrivedNanos() - seen.get(0).arrivedNanos()).isGreaterThanOrEqualTo(delay.toNanos());
    assertThat(seen.get(2).arrivedNanos() - seen.get(1).arrivedNanos()).isGreaterThanOrEqualTo(delay.toNanos());
  }

  @Test
  void robotsTxtDecidesWhatIsFetchedReadOncePerSite() throws Exception {
    // The NewsGraph group applies, not the "*" one.
    server.serve("/robots.txt", "text/plain", """
        User-agent: *
        Disallow: /

        User-agent: NewsGraph
        Disallow: /private/
        """);
    server.serve("/news/a", "text/plain", "a");
    server.serve("/private/b", "text/plain", "b");
    server.redirect("/go", 302, "/private/b");

    try (PoliteHttp http = new PoliteHttp(FAST)) {
      assertThat(http.get(server.uri("/news/a"), Validators.NONE).status()).isEqualTo(200);
      assertThatThrownBy(() -> http.get(server.uri("/private/b"), Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessage(server.uri("/private/b") + ": not allowed by " + server.uri("/robots.txt"));
      assertThatThrownBy(() -> http.get(server.uri("/go"), Validators.NONE))
          .isInstanceOf(FetchException.class).hasMessageContaining("not allowed by").hasMessageContaining("(at ");
    }
    assertThat(server.seen("/private/b")).isEmpty();
    assertThat(server.seen("/robots.txt")).hasSize(1);
  }

  @Test
  void unreadableRobotsTxtKeepsTheWholeSiteUnfetched() {
    server.route("/robots.txt", exchange -> TestServer.send(exchange, 500, "text/plain", "oops"));
    server.serve("/a", "text/plain", "a");

    try (PoliteHttp http = new PoliteHttp(FAST)) {
      assertThatThrownBy(() -> http.get(server.uri("/a"), Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("robots.txt could not be read (HTTP 500)");
    }
    assertThat(server.seen("/a")).isEmpty();
  }

  @Test
  void aRobotsTxtThatAskedToWaitIsReadAgainWhenTheWaitIsOver() throws Exception {
    AtomicBoolean busy = new AtomicBoolean(true);
    server.route("/robots.txt", exchange -> {
      if (busy.get()) {
        exchange.getResponseHeaders().set("Retry-After", "1");
        TestServer.send(exchange, 503, "text/plain", "busy");
      } else {
        TestServer.send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
      }
    });
    server.serve("/a", "text/plain", "a");

    try (PoliteHttp http = new PoliteHttp(FAST)) {
      assertThatThrownBy(() -> http.get(server.uri("/a"), Validators.NONE))
          .isInstanceOf(FetchException.class).hasMessageContaining("robots.txt could not be read (HTTP 503");
      busy.set(false);
      Thread.sleep(1_100);
      assertThat(http.get(server.uri("/a"), Validators.NONE).status()).isEqualTo(200);
    }
    assertThat(server.seen("/robots.txt")).hasSize(2);
  }

  @Test
  void crawlDelayWidensTheGapBetweenRequests() throws Exception {
    server.serve("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
    server.serve("/a", "text/plain", "a");
    server.serve("/b", "text/plain", "b");

    try (PoliteHttp http = new PoliteHttp(FAST)) {
      http.get(server.uri("/a"), Validators.NONE);
      http.get(server.uri("/b"), Validators.NONE);
    }

    long gap = server.seen("/b").get(0).arrivedNanos() - server.seen("/a").get(0).arrivedNanos();
    assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void retryAfterKeepsTheHostAloneForAsLongAsItAsks() {
    server.route("/busy", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "120");
      TestServer.send(exchange, 503, "text/plain", "busy");
    });
    server.serve("/a", "text/plain", "a");

    try (PoliteHttp http = new PoliteHttp(FAST)) {
      assertThatThrownBy(() -> http.get(server.uri("/busy"), Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("HTTP 503 (Retry-After: nothing more is sent to 127.0.0.1 for 120 s)")
          .extracting(e -> ((FetchException) e).status()).isEqualTo(503);
      assertThatThrownBy(() -> http.get(server.uri("/a"), Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("127.0.0.1 asked (Retry-After) not to be called for another 1");
    }
    assertThat(server.seen("/a")).isEmpty();
  }

  @Test
  void aBusyAnswerWithoutRetryAfterDoesNotPause() throws Exception {
    server.route("/busy", exchange -> TestServer.send(exchange, 429, "text/plain", "slow down"));
    server.serve("/a", "text/plain", "a");

    try (PoliteHttp http = new PoliteHttp(FAST)) {
      assertThatThrownBy(() -> http.get(server.uri("/busy"), Validators.NONE))
          .isInstanceOf(FetchException.class).hasMessage(server.uri("/busy") + ": HTTP 429");
      assertThat(http.get(server.uri("/a"), Validators.NONE).status()).isEqualTo(200);
    }
  }

  @Test
  void aRefusedConnectionSaysSo() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/feed");

    try (PoliteHttp http = new PoliteHttp(FAST)) {
      // The robots.txt fetch is refused first: the site stays unfetched, and the message says why.
      assertThatThrownBy(() -> http.get(nowhere, Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("could not be read (cannot connect (connection refused or closed))");
    }
  }

  @Test
  void nonHttpUrlIsRefused() {
    URI file = URI.create("file:///etc/hostname");

    assertThatThrownBy(() -> {
      try (PoliteHttp http = new PoliteHttp(FAST)) {
        http.get(file, Validators.NONE);
      }
    }).hasMessage("file:///etc/hostname: not an http or https URL");
  }

  private Response fetch(String path) throws FetchException {
    return fetch(path, FAST);
  }

  private Response fetch(String path, HttpSettings settings) throws FetchException {
    try (PoliteHttp http = new PoliteHttp(settings)) {
      return http.get(server.uri(path), Validators.NONE);
    }
  }
}
