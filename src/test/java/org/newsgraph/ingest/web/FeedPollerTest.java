package org.newsgraph.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.ingest.web.FeedParserTest.resource;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;

class FeedPollerTest {

  private static final HttpSettings SETTINGS = HttpSettings.defaults()
      .withTimeout(Duration.ofSeconds(5))
      .withPerHostDelay(Duration.ZERO);

  private TestServer server;
  private PoliteHttp http;
  private FeedPoller poller;
  private final InMemoryValidators memory = new InMemoryValidators();
  private final AtomicReference<String> feedEtag = new AtomicReference<>("\"feed-1\"");

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    http = new PoliteHttp(SETTINGS);
    poller = new FeedPoller(http);
    servePage("/news/bridge", "\"bridge-1\"", "bridge.html");
    servePage("/news/tram", null, "tram.html");
    server.route("/news/broken", exchange -> TestServer.send(exchange, 500, "text/plain", "down"));
    server.serve("/news/report.pdf", "application/pdf", "%PDF-1.7 not really");
    server.serve("/news/video", "text/html", "<html><body><nav>Home</nav><video src=\"v.mp4\"></video></body></html>");
  }

  @AfterEach
  void stop() {
    http.close();
    server.close();
  }

  @Test
  void firstPollBringsEveryItemInFeedOrderAndRemembersNothing() throws Exception {
    serveFeed("/feed.rss", "application/rss+xml", rss());
    URI feed = server.uri("/feed.rss");

    FeedPoll poll = poller.poll(feed, memory);

    assertThat(poll.notModified()).isFalse();
    assertThat(poll.feedValidators().etag()).isEqualTo("\"feed-1\"");
    // The bridge page names https://courier.example/… as its canonical URL: another site than the
    // one it came from, so its id is the URL it was fetched from.
    assertThat(poll.articles()).extracting(f -> f.article().id()).containsExactly(
        server.uri("/news/bridge").toString(),
        server.uri("/local/council-tram").toString(),
        server.uri("/news/broken").toString(),
        server.uri("/news/report.pdf").toString(),
        feed + "#nwc-9");
    FetchedArticle bridge = poll.articles().get(0);
    assertThat(bridge.pageUri()).isEqualTo(server.uri("/news/bridge?utm_source=rss"));
    assertThat(bridge.validators().etag()).isEqualTo("\"bridge-1\"");
    assertThat(bridge.article().title()).isEqualTo("Harbour bridge reopens after two-year repair");
    assertThat(bridge.article().source()).isEqualTo(feed.toString());
    Article broken = poll.articles().get(2).article();
    assertThat(broken.title()).isEqualTo("Water main burst");
    assertThat(broken.body()).isEqualTo("Crews closed Mill Street for the repair.");
    assertThat(poll.articles().get(2).validators()).isEqualTo(Validators.NONE);
    assertThat(poll.unchanged()).isZero();
    assertThat(poll.problems()).extracting(ItemProblem::describe).containsExactly(
        server.uri("/news/broken") + ": HTTP 500; used the feed's description instead",
        server.uri("/news/gone") + ": HTTP 404",
        server.uri("/news/video") + ": no article text on the page",
        server.uri("/news/report.pdf") + ": not an HTML page (application/pdf); used the feed's description instead",
        "nwc-9: the item has no link to an article page; used the feed's description instead");
    assertThat(poll.problems()).extracting(ItemProblem::described).containsExactly(true, false, false, true, true);
    assertThat(server.seen("/news/bridge")).as("the same link twice is fetched once").hasSize(1);
    assertThat(memory.get(feed)).as("the poller stores nothing").isEqualTo(Validators.NONE);
  }

  @Test
  void rememberedValidatorsMakeTheNextPollsConditional() throws Exception {
    serveFeed("/feed.rss", "application/rss+xml", rss());
    URI feed = server.uri("/feed.rss");
    memory.remember(poller.poll(feed, memory));

    FeedPoll again = poller.poll(feed, memory);

    assertThat(again.notModified()).isTrue();
    assertThat(again.articles()).isEmpty();
    assertThat(server.seen("/news/bridge")).hasSize(1);

    feedEtag.set("\"feed-2\"");
    FeedPoll changedFeed = poller.poll(feed, memory);

    assertThat(changedFeed.notModified()).isFalse();
    assertThat(changedFeed.unchanged()).as("the bridge page answered 304").isEqualTo(1);
    assertThat(changedFeed.articles()).extracting(f -> f.article().id())
        .doesNotContain(server.uri("/news/bridge").toString())
        .contains(server.uri("/local/council-tram").toString());
    assertThat(server.seen("/news/bridge").get(1).headers().getFirst("If-None-Match")).isEqualTo("\"bridge-1\"");
  }

  @Test
  void atomFeedWithRelativeLinksResolvedAgainstTheFeed() throws Exception {
    String atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title><id>urn:test:gazette</id>
          <updated>2026-03-04T09:00:00Z</updated>
          <entry><title>Tram</title><id>urn:test:tram</id><link href="../news/tram"/>
            <updated>2026-03-04T09:00:00Z</updated></entry>
          <entry><title>Bridge</title><id>urn:test:bridge</id><link href="BASE/news/bridge"/>
            <updated>2026-03-02T09:00:00Z</updated></entry>
        </feed>""".replace("BASE", server.uri("").toString());
    serveFeed("/feeds/atom.xml", "application/atom+xml", atom);

    FeedPoll poll = poller.poll(server.uri("/feeds/atom.xml"), memory);

    assertThat(poll.problems()).isEmpty();
    assertThat(poll.articles()).extracting(FetchedArticle::pageUri)
        .containsExactly(server.uri("/news/tram"), server.uri("/news/bridge"));
  }

  @Test
  void feedLevelFailuresThrow() {
    server.serve("/home.html", "text/html", "<!DOCTYPE html><html><body>Welcome</body></html>");
    server.serve("/broken.xml", "application/xml", "<rss version=\"2.0\"><channel><item></channel>");
    server.route("/feed500", exchange -> TestServer.send(exchange, 500, "text/plain", "down"));

    assertThatThrownBy(() -> poller.poll(server.uri("/home.html"), memory))
        .isInstanceOf(BadFeedException.class)
        .hasMessage(server.uri("/home.html") + ": an HTML page, not an RSS or Atom feed");
    assertThatThrownBy(() -> poller.poll(server.uri("/broken.xml"), memory))
        .isInstanceOf(BadFeedException.class)
        .hasMessageStartingWith(server.uri("/broken.xml") + ": malformed XML at line 1");
    assertThatThrownBy(() -> poller.poll(server.uri("/feed500"), memory))
        .isInstanceOf(FetchException.class)
        .hasMessage(server.uri("/feed500") + ": HTTP 500");
  }

  /**
   * Items: a relative link with utm, an absolute link, the first link again, a 500 with a
   * description, a 404 without one, a page without text, a PDF, and an item without a link.
   */
  private String rss() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Courier</title><link>BASE/</link><description>t</description>
          <item><title>Bridge</title><link>/news/bridge?utm_source=rss</link></item>
          <item><title>Tram</title><link>BASE/news/tram</link></item>
          <item><title>Bridge again</title><link>/news/bridge?utm_source=rss&amp;utm_medium=x</link></item>
          <item><title>Water main burst</title><link>/news/broken</link>
            <description>&lt;p&gt;Crews closed &lt;b&gt;Mill Street&lt;/b&gt; for the repair.&lt;/p&gt;</description></item>
          <item><title>Gone</title><link>/news/gone</link></item>
          <item><title>Video</title><link>/news/video</link></item>
          <item><title>Annual report</title><link>/news/report.pdf</link><description>The report, as a PDF.</description></item>
          <item><title>Notice</title><guid isPermaLink="false">nwc-9</guid><description>Offices close early.</description></item>
        </channel></rss>
        """.replace("BASE", server.uri("").toString());
  }

  private void serveFeed(String path, String contentType, String body) {
    server.route(path, exchange -> {
      String etag = feedEtag.get();
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified(exchange);
      } else {
        TestServer.send(exchange, 200, contentType, body);
      }
    });
  }

  private void servePage(String path, String etag, String resource) throws IOException {
    byte[] html = resource(resource);
    server.route(path, exchange -> {
      if (etag != null) {
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
          notModified(exchange);
          return;
        }
      }
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, html.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(html);
      }
    });
  }

  private static void notModified(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(304, -1);
    exchange.close();
  }
}
