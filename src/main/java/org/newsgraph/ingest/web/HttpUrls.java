package org.newsgraph.ingest.web;

import java.net.URI;
import java.util.Locale;

/**
 * The URLs this package will fetch or record: absolute http and https URLs with a host. Other
 * schemes are refused because a feed or page must not lead the fetcher to local files or other
 * protocols. Thread-safe.
 */
final class HttpUrls {

  private HttpUrls() {}

  /** True for an http or https URL (a host is not checked). */
  static boolean isHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }

  /** True for an absolute http or https URL with a host. */
  static boolean fetchable(URI uri) {
    return isHttp(uri) && uri.getHost() != null;
  }

  /**
   * A link as written in a feed or page, resolved against the document's URL, when the result is
   * fetchable; else null. Surrounding whitespace is dropped and inner spaces are escaped, since
   * hand-written feeds have both.
   */
  static URI resolve(URI base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = base.resolve(link.strip().replace(" ", "%20"));
      return fetchable(uri) ? uri : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
