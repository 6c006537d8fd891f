package org.newsgraph.ingest.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The URL that identifies a page: the one the page declares ({@code <link rel=canonical>}, else
 * {@code og:url}), else the one it was fetched from, normalised so that the same article reached
 * through a tracking link or an anchor gets the same id.
 *
 * <p>A declared URL is trusted only on the page's own site: its host is the page's host, or one
 * of the two is a subdomain of the other ({@code www.example.com} and {@code example.com}). A page
 * that names another site's URL would otherwise take that site's article id and replace its
 * article; such a page keeps the URL it was fetched from. Thread-safe.
 */
final class CanonicalUrl {

  private CanonicalUrl() {}

  /** The page's canonical URL, normalised; {@code pageUri} when the page declares none usable. */
  static URI of(Document page, URI pageUri) {
    URI declared = HttpUrls.resolve(pageUri, attr(page.selectFirst("link[rel=canonical][href]"), "href"));
    if (declared == null) {
      declared = HttpUrls.resolve(pageUri, attr(page.selectFirst("meta[property=og:url][content]"), "content"));
    }
    return normalise(declared != null && sameSite(declared, pageUri) ? declared : pageUri);
  }

  /** Whether the hosts are the same, or one is a subdomain of the other. */
  static boolean sameSite(URI a, URI b) {
    String x = a.getHost().toLowerCase(Locale.ROOT);
    String y = b.getHost().toLowerCase(Locale.ROOT);
    return x.equals(y) || x.endsWith("." + y) || y.endsWith("." + x);
  }

  /**
   * Lower-case scheme and host, no default port, no user information, no fragment, no
   * {@code utm_*} query parameters (the other parameters keep their order and encoding), and
   * {@code /} for an empty path.
   */
  static URI normalise(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
    StringBuilder out = new StringBuilder(scheme).append("://")
        .append(uri.getHost().toLowerCase(Locale.ROOT));
    if (port != -1 && !defaultPort) {
      out.append(':').append(port);
    }
    String path = uri.getRawPath();
    out.append(path == null || path.isEmpty() ? "/" : path);
    String query = withoutTracking(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return URI.create(out.toString());
  }

  private static String withoutTracking(String rawQuery) {
    if (rawQuery == null) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String parameter : rawQuery.split("&")) {
      if (!parameter.isEmpty() && !parameter.toLowerCase(Locale.ROOT).startsWith("utm_")) {
        kept.add(parameter);
      }
    }
    return String.join("&", kept);
  }

  private static String attr(Element element, String name) {
    return element == null ? null : element.attr(name);
  }
}
