package org.newsgraph.ingest.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Set;

/** Where a redirect leads, when {@link PoliteHttp} may go there ({@link HttpUrls}). Thread-safe. */
final class Redirects {

  private static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);

  private Redirects() {}

  static boolean isRedirect(int status) {
    return STATUSES.contains(status);
  }

  /** The redirect's target, resolved against the URL that answered with it. */
  static URI target(URI requested, URI current, HttpResponse<?> response) throws FetchException {
    String location = response.headers().firstValue("Location").orElse(null);
    if (location == null || location.isBlank()) {
      throw new FetchException(requested, "HTTP " + response.statusCode() + " redirect without a Location");
    }
    URI next;
    try {
      next = current.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException(requested, "redirect to an invalid URL: " + location);
    }
    return checked(requested, next);
  }

  /** {@code target} when it may be fetched; {@code requested} names the fetch in the message. */
  static URI checked(URI requested, URI target) throws FetchException {
    if (!HttpUrls.isHttp(target)) {
      String what = target.equals(requested) ? "not an http or https URL" : "redirect to a non-HTTP URL: " + target;
      throw new FetchException(requested, what);
    }
    if (target.getHost() == null) {
      throw new FetchException(requested, "no host in " + target);
    }
    return target;
  }
}
