package org.newsgraph.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page's declared URL becomes its id only on the page's own site; elsewhere the fetched URL does. */
class CanonicalUrlTest {

  @ParameterizedTest
  @CsvSource({
      // fetched from, declared canonical, id
      "https://news.example/a/1?utm_source=x, https://news.example/a/one, https://news.example/a/one",
      "http://www.news.example/a/1, https://news.example/a/one, https://news.example/a/one",
      "https://news.example/a/1, https://www.news.example/a/one, https://www.news.example/a/one",
      "https://amp.news.example/a/1, https://news.example/a/one, https://news.example/a/one",
      "https://news.example/a/1, https://other.example/a/one, https://news.example/a/1",
      "https://news.example/a/1, https://news.example.evil/a/one, https://news.example/a/1",
      "https://amp.news.example/a/1, https://www.news.example/a/one, https://amp.news.example/a/1",
      "https://blog.host.example/p/1, https://victim.host.example/p/9, https://blog.host.example/p/1",
  })
  void aDeclaredUrlIsTrustedOnlyOnThePagesOwnSite(String fetched, String declared, String id) {
    String html = "<html><head><link rel=canonical href='" + declared + "'></head><body><p>Text.</p></body></html>";
    assertThat(CanonicalUrl.of(Jsoup.parse(html), URI.create(fetched))).hasToString(id);

    String og = "<html><head><meta property='og:url' content='" + declared + "'></head><body></body></html>";
    assertThat(CanonicalUrl.of(Jsoup.parse(og), URI.create(fetched))).hasToString(id);
  }
}
