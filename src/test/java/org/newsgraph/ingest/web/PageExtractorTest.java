package org.newsgraph.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.web.FeedParserTest.resource;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.ingest.Article;

class PageExtractorTest {

  private static final String SOURCE = "https://courier.example/feeds/main.rss";
  private static final FeedItem ITEM = new FeedItem("nwc-1001",
      URI.create("https://courier.example/world/harbour-bridge-reopens?utm_source=rss"),
      "Feed title", "<p>Feed <b>summary</b> text.</p><p>Second part.</p>",
      Instant.parse("2026-02-28T23:30:00Z"), List.of("Feed Author"));

  private final PageExtractor extractor = new PageExtractor();

  @Test
  void articlePageWithFurniture() throws Exception {
    Article a = extractor.extract(resource("bridge.html"), "text/html; charset=utf-8",
        URI.create("https://courier.example/world/harbour-bridge-reopens?utm_source=rss"), ITEM, SOURCE);

    assertThat(a.id()).isEqualTo("https://courier.example/world/harbour-bridge-reopens?page=1");
    assertThat(a.url()).isEqualTo(a.id());
    assertThat(a.title()).isEqualTo("Harbour bridge reopens after two-year repair");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(a.updated()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(a.authors()).containsExactly("Mara Lindqvist", "Tomas Reyes");
    assertThat(a.source()).isEqualTo(SOURCE);
    assertThat(a.caption()).isEqualTo("The Kestrel Harbour bridge at dawn on Monday. Photo: Ada Brook");
    assertThat(a.body()).isEqualTo("""
        The Kestrel Harbour bridge opened to traffic on Monday after a repair that took two years \
        and cost 84 million crowns, the city's transport office said.

        Mayor Helga Sand cut a ribbon at the northern ramp. "We kept our promise," she told the crowd.

        Traffic returns

        The ferries will keep running until May.

        Engineers will inspect the cables again in the autumn.""");
    assertThat(a.sha256()).isEqualTo(PageExtractor.contentHash(a.title(), a.body()));
  }

  @Test
  void jsonLdGivesDatesAndAuthorsAndOgUrlTheId() throws Exception {
    Article a = extractor.extract(resource("tram.html"), "text/html",
        URI.create("https://gazette.example/feeds/articles/council-tram.html"), null, "gazette");

    assertThat(a.id()).isEqualTo("https://gazette.example/local/council-tram");
    assertThat(a.title()).isEqualTo("Council approves new tram line");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(a.updated()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(a.authors()).containsExactly("Ines Okafor", "Pavel Dunn");
    assertThat(a.caption()).isNull();
    assertThat(a.body()).isEqualTo("""
        The city council voted 31 to 12 on Wednesday to build a tram line from the station to the university.

        Work is due to start next spring.""");
  }

  @Test
  void plainPageFallsBackToTitleTimeAndRelAuthorAndItsOwnUri() throws Exception {
    Article a = extractor.extract(resource("plain.html"), null,
        URI.create("HTTP://Library.Example:80/news/hours?utm_source=x&id=7&UTM_MEDIUM=y#top"), null, "library");

    assertThat(a.id()).isEqualTo("http://library.example/news/hours?id=7");
    assertThat(a.title()).isEqualTo("Library extends opening hours");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(a.updated()).isNull();
    assertThat(a.authors()).containsExactly("Pavel Dunn");
    assertThat(a.body()).isEqualTo("""
        Readers can now borrow books until ten at night, the Lowmere library said.

        The change starts on 9 March.

        Monday to Friday: 8 to 22

        Weekends: 10 to 18""");
  }

  @Test
  void emptyPageTakesEverythingFromTheItem() {
    byte[] html = "<html><head></head><body><nav>Home</nav><div class=\"ad\">Buy</div></body></html>"
        .getBytes(StandardCharsets.UTF_8);

    Article a = extractor.extract(html, "text/html", ITEM.link(), ITEM, SOURCE);

    assertThat(a.id()).isEqualTo("https://courier.example/world/harbour-bridge-reopens");
    assertThat(a.title()).isEqualTo("Feed title");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(a.authors()).containsExactly("Feed Author");
    assertThat(a.body()).isEqualTo("Feed summary text.\n\nSecond part.");
  }

  @Test
  void hashIsOfTheArticleNotOfThePage() {
    String article = "<article><h1>Ferry strike ends</h1><p>Crews returned to work at noon.</p></article>";
    byte[] monday = page("<div class=\"ad\">Monday's offer</div><time>09:01</time>" + article);
    byte[] tuesday = page("<div class=\"ad\">Tuesday's offer</div><time>17:45</time>" + article);
    byte[] changed = page(article.replace("noon", "one o'clock"));
    URI uri = URI.create("https://courier.example/ferry");

    String first = extractor.extract(monday, "text/html", uri, null, SOURCE).sha256();

    assertThat(extractor.extract(tuesday, "text/html", uri, null, SOURCE).sha256()).isEqualTo(first);
    assertThat(extractor.extract(changed, "text/html", uri, null, SOURCE).sha256()).isNotEqualTo(first);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ISO-8859-1   | text/html; charset=ISO-8859-1 | ''",
      "windows-1252 | text/html                     | <meta charset=\"windows-1252\">",
      "UTF-8        | text/html                     | ''",
      "UTF-8        | text/html; charset=no-such-cs | ''",
  })
  void charsetFromHeaderThenMetaThenUtf8(String encoding, String contentType, String meta) {
    String html = "<html><head>" + meta + "</head><body><p>Café Ångström reopened in Malmö.</p></body></html>";
    byte[] bytes = html.getBytes(Charset.forName(encoding));

    Article a = extractor.extract(bytes, contentType, URI.create("https://courier.example/cafe"), null, SOURCE);

    assertThat(a.body()).isEqualTo("Café Ångström reopened in Malmö.");
  }

  @Test
  void itemAloneMakesAnArticleFromItsDescription() {
    Article a = extractor.fromItem(ITEM, SOURCE);

    assertThat(a.id()).isEqualTo("https://courier.example/world/harbour-bridge-reopens");
    assertThat(a.body()).isEqualTo("Feed summary text.\n\nSecond part.");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 2, 28));
    FeedItem linkless = new FeedItem("nwc-1003", null, "No link", "Only a summary.", null, List.of());
    assertThat(extractor.fromItem(linkless, SOURCE).id()).isEqualTo(SOURCE + "#nwc-1003");
  }

  private static byte[] page(String body) {
    return ("<html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
  }
}
