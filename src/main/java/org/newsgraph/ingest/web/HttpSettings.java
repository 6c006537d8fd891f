package org.newsgraph.ingest.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link PoliteHttp} behaves towards the servers it fetches from.
 *
 * @param timeout the longest one request may take, from sending it to the last byte of the body
 * @param perHostDelay the shortest gap between the starts of two requests to the same host
 * @param maxRedirects how many redirects one fetch follows before it gives up
 * @param maxBytes the largest body accepted; a larger one fails the fetch
 * @param userAgent the User-Agent header, naming NewsGraph so that site owners know who calls
 * @param publicOnly whether hosts on this machine or a private network (loopback, 10.x, 192.168.x,
 *     link-local, …) are refused, whether named in a feed, an item or a redirect
 */
public record HttpSettings(
    Duration timeout, Duration perHostDelay, int maxRedirects, long maxBytes, String userAgent, boolean publicOnly) {

  /** Settings that fetch from any address. */
  public HttpSettings(Duration timeout, Duration perHostDelay, int maxRedirects, long maxBytes, String userAgent) {
    this(timeout, perHostDelay, maxRedirects, maxBytes, userAgent, false);
  }

  /** 15 s, 1 s between requests to one host, 5 redirects, 5 MiB. */
  public static HttpSettings defaults() {
    return new HttpSettings(
        Duration.ofSeconds(15), Duration.ofSeconds(1), 5, 5L * 1024 * 1024, defaultUserAgent());
  }

  public HttpSettings {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(perHostDelay, "perHostDelay");
    Objects.requireNonNull(userAgent, "userAgent");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (perHostDelay.isNegative()) {
      throw new IllegalArgumentException("perHostDelay must not be negative: " + perHostDelay);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent is blank");
    }
  }

  /** The same settings with another timeout. */
  public HttpSettings withTimeout(Duration newTimeout) {
    return new HttpSettings(newTimeout, perHostDelay, maxRedirects, maxBytes, userAgent, publicOnly);
  }

  /** The same settings with another gap between requests to one host. */
  public HttpSettings withPerHostDelay(Duration delay) {
    return new HttpSettings(timeout, delay, maxRedirects, maxBytes, userAgent, publicOnly);
  }

  /** The same settings with another redirect limit. */
  public HttpSettings withMaxRedirects(int redirects) {
    return new HttpSettings(timeout, perHostDelay, redirects, maxBytes, userAgent, publicOnly);
  }

  /** The same settings with another body size limit. */
  public HttpSettings withMaxBytes(long bytes) {
    return new HttpSettings(timeout, perHostDelay, maxRedirects, bytes, userAgent, publicOnly);
  }

  /** The same settings, refusing private and local addresses or not. */
  public HttpSettings withPublicOnly(boolean refusePrivate) {
    return new HttpSettings(timeout, perHostDelay, maxRedirects, maxBytes, userAgent, refusePrivate);
  }

  /** {@code NewsGraph/<version> (+https://github.com/newsgraph)}, the version from the jar. */
  static String defaultUserAgent() {
    String version = HttpSettings.class.getPackage().getImplementationVersion();
    return "NewsGraph/" + (version == null ? "dev" : version) + " (+https://github.com/newsgraph)";
  }
}
