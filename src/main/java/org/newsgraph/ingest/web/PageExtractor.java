package org.newsgraph.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Hashes;

/**
 * Turns a fetched article page into an {@link Article}.
 *
 * <p>Input: the page's bytes, its {@code Content-Type} header (for the charset; else the page's
 * {@code <meta charset>}, else UTF-8), the URI it was fetched from (after redirects), the feed
 * item that linked to it (or null) and the source to record. Output: an article whose id and URL
 * are the page's canonical URL ({@link CanonicalUrl}), with headline, dates and authors from the
 * page's metadata and the item ({@link PageMetadata}), and the article text without page
 * furniture, captions apart ({@link ArticleText}). When the page yields no text, the item's
 * description (HTML removed) stands in; the body is empty when neither has any.
 *
 * <p>The SHA-256 is of the extracted headline and body, not of the page's bytes: pages change on
 * every visit (ads, "most read" boxes, timestamps, tokens) while their article does not, and only
 * a change in the article should make the graph reload it. Captions, dates and authors are not in
 * the hash. Thread-safe.
 */
public final class PageExtractor {

  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

  /**
   * @param html the page's bytes
   * @param contentType the {@code Content-Type} header, or null
   * @param pageUri the URI the page was fetched from (the final one, after redirects)
   * @param item the feed item that linked to the page, or null
   * @param source what to record as the article's source (the feed's URL)
   */
  public Article extract(byte[] html, String contentType, URI pageUri, FeedItem item, String source) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(pageUri, "pageUri");
    Document page = parse(html, contentType, pageUri);
    PageMetadata meta = PageMetadata.read(page, item);
    ArticleText text = ArticleText.of(page);
    String body = text.body();
    if (body.isEmpty() && item != null) {
      body = ArticleText.fromHtml(item.description());
    }
    String url = CanonicalUrl.of(page, pageUri).toString();
    return new Article(url, url, meta.title(), meta.authors(), meta.published(), meta.updated(), source,
        text.caption(), body, contentHash(meta.title(), body));
  }

  /**
   * An article from a feed item alone, for when its page can't be had: its title, date, authors
   * and description (HTML removed). The id is the item's link, normalised; an item without a
   * link gets {@code <source>#<guid>}, since RSS guids need only be unique within their feed.
   */
  public Article fromItem(FeedItem item, String source) {
    String url = item.link() == null ? null : CanonicalUrl.normalise(item.link()).toString();
    String body = ArticleText.fromHtml(item.description());
    return new Article(url != null ? url : source + "#" + item.guid(), url, item.title(), item.authors(),
        item.publishedDate(), null, source, null, body, contentHash(item.title(), body));
  }

  /** The hash the graph compares: of the headline and the body, as UTF-8. */
  static String contentHash(String title, String body) {
    return Hashes.sha256((title + "\n\n" + body).getBytes(StandardCharsets.UTF_8));
  }

  private static Document parse(byte[] html, String contentType, URI pageUri) {
    try {
      // With no charset given, jsoup reads the byte-order mark or <meta charset>, else UTF-8.
      return Jsoup.parse(new ByteArrayInputStream(html), declaredCharset(contentType), pageUri.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("reading a byte array cannot fail", e);
    }
  }

  /** The charset named in the Content-Type header, when Java knows it; else null. */
  static String declaredCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).replace("'", "").toUpperCase(Locale.ROOT);
    try {
      return Charset.isSupported(name) ? name : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
