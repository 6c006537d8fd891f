package org.newsgraph.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedParserTest {

  private static final URI RSS_URI = URI.create("https://courier.example/feeds/main.rss");
  private static final URI ATOM_URI = URI.create("https://gazette.example/feeds/atom.xml");

  private final FeedParser parser = new FeedParser();

  @Test
  void rssItemsInFeedOrderWithRelativeLinksResolved() throws Exception {
    List<FeedItem> items = parser.parse(resource("rss.xml"), RSS_URI);

    assertThat(items).hasSize(3);
    FeedItem bridge = items.get(0);
    assertThat(bridge.guid()).isEqualTo("nwc-1001");
    assertThat(bridge.link()).isEqualTo(URI.create("https://courier.example/world/harbour-bridge-reopens?utm_source=rss"));
    assertThat(bridge.title()).isEqualTo("Harbour bridge reopens after two-year repair");
    assertThat(bridge.description()).isEqualTo("<p>The <b>Kestrel Harbour</b> bridge opened to traffic on Monday.</p>");
    assertThat(bridge.published()).isEqualTo(Instant.parse("2026-03-02T06:30:00Z"));
    assertThat(bridge.authors()).containsExactly("Mara Lindqvist");

    FeedItem grain = items.get(1);
    assertThat(grain.guid()).isEqualTo("https://courier.example/business/grain-prices");
    assertThat(grain.authors()).containsExactly("Tomas Reyes");
    assertThat(grain.description()).contains("second week of rain");

    FeedItem noLink = items.get(2);
    assertThat(noLink.link()).isNull();
    assertThat(noLink.label()).isEqualTo("nwc-1003");
  }

  @Test
  void atomEntriesWithRelativeAndAbsoluteLinks() throws Exception {
    List<FeedItem> items = parser.parse(resource("atom.xml"), ATOM_URI);

    assertThat(items).extracting(FeedItem::link).containsExactly(
        URI.create("https://gazette.example/feeds/articles/council-tram.html"),
        URI.create("https://gazette.example/culture/library-hours"));
    FeedItem tram = items.get(0);
    assertThat(tram.guid()).isEqualTo("tag:gazette.example,2026:council-tram");
    assertThat(tram.title()).isEqualTo("Council approves new tram line");
    assertThat(tram.published()).isEqualTo(Instant.parse("2026-03-04T07:15:00Z"));
    assertThat(tram.authors()).containsExactly("Ines Okafor", "Pavel Dunn");
    assertThat(tram.description()).isEqualTo("<p>The vote passed 31 to 12.</p>");
    FeedItem library = items.get(1);
    assertThat(library.published()).as("updated stands in for published").isEqualTo(Instant.parse("2026-03-03T17:45:00Z"));
    assertThat(library.description()).isEqualTo("Readers can now borrow books until ten at night.");
  }

  @Test
  void feedWithoutEntriesIsEmpty() throws Exception {
    String rss = "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>";

    assertThat(parser.parse(rss.getBytes(StandardCharsets.UTF_8), RSS_URI)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<!DOCTYPE html><html><head><title>Home</title></head><body>News</body></html>| an HTML page, not an RSS or Atom feed",
      "\n  <html lang=\"en\"><body>Moved</body></html>                               | an HTML page, not an RSS or Atom feed",
      "'   '                                                                          | empty response, not an RSS or Atom feed",
      "<rss version=\"2.0\"><channel><title>Cut</title><item></channel></rss>        | malformed XML at line 1",
      "<?xml version=\"1.0\"?><catalog><book>Not news</book></catalog>                 | XML with root element <catalog>, not an RSS or Atom feed",
  })
  void bodiesThatAreNotFeedsFailWithTheUrl(String body, String problem) {
    assertThatThrownBy(() -> parser.parse(body.getBytes(StandardCharsets.UTF_8), RSS_URI))
        .isInstanceOf(BadFeedException.class)
        .hasMessageStartingWith(RSS_URI + ": " + problem);
  }

  @Test
  void doctypeIsRefusedSoNoExternalEntityIsRead() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";

    assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8), RSS_URI))
        .isInstanceOf(BadFeedException.class)
        .hasMessageStartingWith(RSS_URI + ": refused: the feed declares a DOCTYPE");
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = FeedParserTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
