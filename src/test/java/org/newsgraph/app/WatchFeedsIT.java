package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.IngestLedger;
import org.newsgraph.graph.IngestRun;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.web.FeedPoller;
import org.newsgraph.ingest.web.HttpSettings;
import org.newsgraph.ingest.web.PoliteHttp;
import org.newsgraph.schedule.ArticleLoader;
import org.newsgraph.schedule.FeedSource;
import org.newsgraph.schedule.Source;
import org.newsgraph.schedule.Watcher;

/**
 * Watched feeds against a real HTTP server on 127.0.0.1 and the real embedded Neo4j: new items,
 * repeated polls, a changed page, wire copies, a restart, and bad sources that are recorded.
 */
class WatchFeedsIT {

  @TempDir static Path dataDir;
  static GraphTestSupport graph;
  static IngestLedger ledger;

  private HttpServer server;
  private PoliteHttp http;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, Integer> fullResponses = new ConcurrentHashMap<>();
  private final PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  /** What the server answers at a path: a body with an ETag, or a status, or a slow or endless body. */
  record Page(int status, String contentType, String body, String etag, Duration delay, long endlessBytes) {
    static Page ok(String contentType, String body, String etag) {
      return new Page(200, contentType, body, etag, Duration.ZERO, 0);
    }
  }

  @BeforeAll
  static void startGraph() {
    graph = new GraphTestSupport(dataDir);
    ledger = new IngestLedger(graph.driver, null);
  }

  @AfterAll
  static void stopGraph() {
    graph.close();
  }

  @BeforeEach
  void start() throws IOException {
    graph.query("MATCH (n) DETACH DELETE n", Map.of());
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    http = new PoliteHttp(new HttpSettings(Duration.ofMillis(800), Duration.ZERO, 5, 1024 * 1024, "NewsGraph-test"));
  }

  @AfterEach
  void stop() {
    http.close();
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      Page page = pages.get(exchange.getRequestURI().getPath());
      if (page == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (!page.delay().isZero()) {
        sleep(page.delay());
      }
      if (page.etag() != null && page.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.getResponseHeaders().set("ETag", page.etag());
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      fullResponses.merge(exchange.getRequestURI().getPath(), 1, Integer::sum);
      if (page.contentType() != null) {
        exchange.getResponseHeaders().set("Content-Type", page.contentType());
      }
      if (page.etag() != null) {
        exchange.getResponseHeaders().set("ETag", page.etag());
      }
      if (page.endlessBytes() > 0) {
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = exchange.getResponseBody()) {
          for (long sent = 0; sent < page.endlessBytes(); sent += chunk.length) {
            out.write(chunk);
          }
        } catch (IOException clientGaveUp) {
          // the client stops reading at its cap: that is the point
        }
        return;
      }
      byte[] body = page.body() == null ? new byte[0] : page.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(page.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        exchange.getResponseBody().write(body);
      }
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private String rss(String... itemPaths) {
    StringBuilder items = new StringBuilder();
    for (String p : itemPaths) {
      items.append("<item><title>Item ").append(p).append("</title><link>").append(uri(p))
          .append("</link><guid>").append(uri(p)).append("</guid><description>Short text of ").append(p)
          .append(".</description></item>");
    }
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Times</title><link>"
        + uri("/") + "</link><description>News</description>" + items + "</channel></rss>";
  }

  private static String page(String headline, String verb, String extra) {
    return "<html><head><title>" + headline + "</title></head><body><nav>Home | World | Sport</nav><article>"
        + "<h1>" + headline + "</h1><p>Mayor Elena Costa " + verb + " Nordhaven Shipping on Monday. The harbour"
        + " board met in the old customs house to discuss the new quay, the dredging of the channel and the"
        + " cost of the winter repairs.</p><p>Council members asked for a report on the ferry timetable before"
        + " the vote in March, and the port director promised figures on cargo volumes and jobs by the end of"
        + " the month." + extra + "</p></article><aside class=\"share\">Share this story</aside></body></html>";
  }

  private void publish(String feedEtag, String... itemPaths) {
    pages.put("/feed.xml", Page.ok("application/rss+xml", rss(itemPaths), feedEtag));
  }

  private Watcher watcher(ArticleLoader loader, Source... sources) {
    return new Watcher(List.of(sources), loader, ledger, Clock.systemUTC(), log);
  }

  private JobLoader loader() {
    return new JobLoader(GraphTestSupport::extractor, graph.store, ledger, log, LoadJob.Options.defaults(), Duration.ofDays(7));
  }

  private FeedSource feed(String path) {
    return new FeedSource(uri(path), new FeedPoller(http), ledger, Clock.systemUTC());
  }

  @Test
  void newItemsAppearAndRepeatedPollsAddNothing() {
    pages.put("/a.html", Page.ok("text/html; charset=utf-8", page("Mayor praises shipping firm", "praised", ""), "\"a1\""));
    pages.put("/b.html", Page.ok("text/html", "<html><head><title>Council thanks governor</title></head><body>"
        + "<article><p>Governor Paulo Reis thanked Mayor Elena Costa.</p></article></body></html>", "\"b1\""));
    publish("\"f1\"", "/a.html", "/b.html");
    Watcher watcher = watcher(loader(), feed("/feed.xml"));

    IngestRun first = watcher.pollOnce().get(0);
    List<String> afterFirst = graph.snapshot().stream().filter(l -> !l.contains("IngestRun") && !l.contains("HAD_RUN")
        && !l.contains("FetchState") && !l.contains(":Source") && !l.contains("[Source]")).toList();
    IngestRun second = watcher.pollOnce().get(0);

    assertThat(first.status()).isEqualTo(IngestRun.DONE);
    assertThat(first.created()).isEqualTo(2);
    assertThat(graph.query("MATCH (a:Article) RETURN a.id AS id ORDER BY id", Map.of()))
        .extracting(r -> r.get("id").asString()).containsExactly(uri("/a.html").toString(), uri("/b.html").toString());
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isEqualTo(1);
    assertThat(graph.count("MATCH (s:Sentence) WHERE s.text CONTAINS 'Share this' OR s.text CONTAINS 'Home |'"
        + " RETURN count(s)")).as("page furniture is not article text").isZero();
    assertThat(second.created() + second.updated()).isZero();
    assertThat(fullResponses.get("/feed.xml")).as("the second poll got 304 for the feed").isEqualTo(1);
    assertThat(graph.snapshot().stream().filter(l -> !l.contains("IngestRun") && !l.contains("HAD_RUN")
        && !l.contains("FetchState") && !l.contains(":Source") && !l.contains("[Source]")).toList()).isEqualTo(afterFirst);
  }

  @Test
  void aChangedPageUpdatesItsArticle() {
    pages.put("/a.html", Page.ok("text/html", page("Mayor praises shipping firm", "praised", ""), "\"a1\""));
    publish("\"f1\"", "/a.html");
    Watcher watcher = watcher(loader(), feed("/feed.xml"));
    watcher.pollOnce();

    pages.put("/a.html", Page.ok("text/html", page("Mayor criticizes shipping firm", "criticized", ""), "\"a2\""));
    publish("\"f2\"", "/a.html");
    IngestRun run = watcher.pollOnce().get(0);

    assertThat(run.updated()).isEqualTo(1);
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isZero();
    assertThat(graph.count("MATCH ()-[r:CRITICIZE]->() RETURN count(r)")).isEqualTo(1);
    assertThat(graph.count("MATCH (a:Article) RETURN count(a)")).isEqualTo(1);
  }

  @Test
  void aPageThatComesLateReplacesTheDescriptionLoadedUnderTheItemLink() {
    pages.put("/a.html", new Page(500, "text/plain", "oops", null, Duration.ZERO, 0));
    publish("\"f1\"", "/a.html?ref=feed");
    Watcher watcher = watcher(loader(), feed("/feed.xml"));

    IngestRun first = watcher.pollOnce().get(0);
    assertThat(first.created()).isEqualTo(1);
    assertThat(first.failed()).as("the item is in the graph, from its description").isZero();
    assertThat(first.failures()).singleElement().asString().contains("HTTP 500; used the feed's description instead");
    assertThat(graph.query("MATCH (a:Article) RETURN a.id AS id", Map.of()))
        .extracting(r -> r.get("id").asString()).containsExactly(uri("/a.html?ref=feed").toString());

    // The page answers now, and names its canonical URL: another id than the item's link.
    pages.put("/a.html", Page.ok("text/html", page("Mayor praises shipping firm", "praised", "")
        .replace("<head>", "<head><link rel=\"canonical\" href=\"/story/a\">"), "\"a1\""));
    IngestRun second = watcher.pollOnce().get(0);

    assertThat(second.created()).isEqualTo(1);
    assertThat(graph.query("MATCH (a:Article) RETURN a.id AS id", Map.of()))
        .extracting(r -> r.get("id").asString()).containsExactly(uri("/story/a").toString());
    assertThat(graph.count("MATCH (s:Sentence) WHERE s.text CONTAINS 'Short text of' RETURN count(s)")).isZero();
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void aDescriptionThatCouldNotBeReplacedIsReplacedAtTheNextPoll() {
    pages.put("/a.html", new Page(500, "text/plain", "oops", null, Duration.ZERO, 0));
    publish("\"f1\"", "/a.html?ref=feed");
    watcher(loader(), feed("/feed.xml")).pollOnce();
    pages.put("/a.html", Page.ok("text/html", page("Mayor praises shipping firm", "praised", "")
        .replace("<head>", "<head><link rel=\"canonical\" href=\"/story/a\">"), "\"a1\""));
    ArticleLoader failingRemoval = new ArticleLoader() {
      final JobLoader real = loader();

      @Override
      public Loaded loadFiles(List<Path> files) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Loaded loadArticles(List<Article> articles) {
        return real.loadArticles(articles);
      }

      @Override
      public boolean removeIfContent(String id, String sha256) {
        throw new IllegalStateException("connection lost");
      }
    };

    IngestRun failed = watcher(failingRemoval, feed("/feed.xml")).pollOnce().get(0);
    int pageFetches = fullResponses.get("/a.html");
    IngestRun next = watcher(loader(), feed("/feed.xml")).pollOnce().get(0);

    assertThat(failed.failed()).isEqualTo(1);
    assertThat(failed.failures()).singleElement().asString().contains("was not replaced").contains("connection lost");
    assertThat(fullResponses.get("/a.html")).as("the page's validators were not kept").isEqualTo(pageFetches + 1);
    assertThat(next.failed()).isZero();
    assertThat(graph.query("MATCH (a:Article) RETURN a.id AS id", Map.of()))
        .extracting(r -> r.get("id").asString()).containsExactly(uri("/story/a").toString());
  }

  @Test
  void anArticleUnderTheItemLinkThatIsNotItsDescriptionStays() {
    // Another page of the site declared the item's link as its canonical URL: that article is
    // not the item's description, so the item's page does not remove it.
    pages.put("/other.html", Page.ok("text/html", page("Council thanks governor", "thanked", "")
        .replace("<head>", "<head><link rel=\"canonical\" href=\"/a.html\">"), null));
    publish(null, "/other.html");
    watcher(loader(), feed("/feed.xml")).pollOnce();
    pages.put("/a.html", Page.ok("text/html", page("Mayor praises shipping firm", "praised", "")
        .replace("<head>", "<head><link rel=\"canonical\" href=\"/story/a\">"), null));
    publish(null, "/a.html");

    watcher(loader(), feed("/feed.xml")).pollOnce();

    assertThat(graph.query("MATCH (a:Article) RETURN a.id AS id ORDER BY id", Map.of()))
        .extracting(r -> r.get("id").asString()).containsExactly(uri("/a.html").toString(), uri("/story/a").toString());
  }

  @Test
  void wireCopiesUnderOtherUrlsAreLinked() {
    pages.put("/a.html", Page.ok("text/html", page("Mayor praises shipping firm", "praised", ""), null));
    pages.put("/wire/123", Page.ok("text/html", page("Shipping firm wins praise", "praised", " Reporting by A. Writer."), null));
    publish(null, "/a.html", "/wire/123");

    IngestRun run = watcher(loader(), feed("/feed.xml")).pollOnce().get(0);

    assertThat(run.created()).isEqualTo(1);
    assertThat(run.duplicates()).isEqualTo(1);
    assertThat(graph.count("MATCH (:Article {id: $copy})-[:SAME_STORY_AS]->(:Article {id: $original}) RETURN count(*)",
        Map.of("copy", uri("/wire/123").toString(), "original", uri("/a.html").toString()))).isEqualTo(1);
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void aRestartAfterAFailedLoadLosesNothing() {
    pages.put("/a.html", Page.ok("text/html", page("Mayor praises shipping firm", "praised", ""), "\"a1\""));
    publish("\"f1\"", "/a.html");
    ArticleLoader dying = new ArticleLoader() {
      @Override
      public Loaded loadFiles(List<Path> files) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Loaded loadArticles(List<Article> articles) {
        throw new IllegalStateException("killed while loading");
      }

      @Override
      public boolean removeIfContent(String id, String sha256) {
        throw new UnsupportedOperationException();
      }
    };
    assertThat(watcher(dying, feed("/feed.xml")).pollOnce().get(0).status()).isEqualTo(IngestRun.FAILED);

    IngestRun restarted = watcher(loader(), feed("/feed.xml")).pollOnce().get(0);

    assertThat(restarted.created()).as("no validator was stored for what was not loaded").isEqualTo(1);
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void badSourcesAreRecordedAndTheGoodOneLoads() {
    pages.put("/a.html", Page.ok("text/html", page("Mayor praises shipping firm", "praised", ""), null));
    publish(null, "/a.html");
    pages.put("/error.xml", new Page(500, "text/plain", "oops", null, Duration.ZERO, 0));
    pages.put("/html.xml", Page.ok("text/html", "<html><body><p>Not a feed</p></body></html>", null));
    pages.put("/broken.xml", Page.ok("application/rss+xml", "<rss version=\"2.0\"><channel><item>", null));
    pages.put("/slow.xml", new Page(200, "application/rss+xml", rss("/a.html"), null, Duration.ofSeconds(3), 0));
    pages.put("/huge.xml", new Page(200, "application/rss+xml", null, null, Duration.ZERO, 50L * 1024 * 1024));

    List<IngestRun> runs = watcher(loader(), feed("/error.xml"), feed("/html.xml"), feed("/broken.xml"),
        feed("/slow.xml"), feed("/huge.xml"), feed("/feed.xml")).pollOnce();

    assertThat(runs).hasSize(6);
    assertThat(runs.subList(0, 5)).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(IngestRun.FAILED);
      assertThat(r.failures()).singleElement().asString().contains(r.source());
    });
    assertThat(runs.get(0).failures().get(0)).contains("500");
    assertThat(runs.get(5).status()).isEqualTo(IngestRun.DONE);
    assertThat(runs.get(5).created()).isEqualTo(1);
    assertThat(ledger.lastRuns(1)).hasSize(6);
  }
}
