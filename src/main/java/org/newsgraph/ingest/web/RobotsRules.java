package org.newsgraph.ingest.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each site's {@code /robots.txt} allows NewsGraph to fetch (RFC 9309), read with
 * crawler-commons' parser for the agent named in the User-Agent ("NewsGraph"), else for {@code *}.
 *
 * <p>A site's rules are fetched the first time one of its URLs is, and kept for a day. A
 * robots.txt that answers 4xx (none there) allows everything; one that cannot be read (5xx, no
 * answer, a network error) allows nothing, as the RFC asks, and is tried again after ten minutes,
 * or once the host's {@code Retry-After} is over.
 * A {@code Crawl-delay} becomes the smallest gap between two requests to the host. Thread-safe;
 * two threads that find a site unknown at once may both fetch its rules.
 */
final class RobotsRules {

  /** Fetches a robots.txt (no robots check of its own, paced like any request). */
  interface Fetcher {
    Response fetch(URI robotsTxt) throws FetchException;
  }

  private static final Duration KEEP = Duration.ofHours(24);
  private static final Duration KEEP_UNREADABLE = Duration.ofMinutes(10);

  /** A site's rules, or why they could not be read, until {@code expiresNanos}. */
  private record Site(BaseRobotRules rules, String problem, long expiresNanos) {}

  private final String agent;
  private final Fetcher fetcher;
  private final HostPacer pacer;
  private final Map<String, Site> sites = new ConcurrentHashMap<>();

  /**
   * @param userAgent the User-Agent header; its product name (before the first "/") is the agent
   *     that robots.txt groups are matched against
   */
  RobotsRules(String userAgent, Fetcher fetcher, HostPacer pacer) {
    this.agent = userAgent.split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
    this.fetcher = fetcher;
    this.pacer = pacer;
  }

  /**
   * Fails when {@code target}'s site does not allow NewsGraph to fetch it, or when its robots.txt
   * cannot be read.
   *
   * @param requested the URL asked for, named in the failure (the target may be a redirect)
   */
  void check(URI requested, URI target) throws FetchException {
    String origin = origin(target);
    Site site = sites.get(origin);
    if (site == null || System.nanoTime() - site.expiresNanos() > 0) {
      site = read(origin);
      sites.put(origin, site);
    }
    String where = target.equals(requested) ? "" : " (at " + target + ")";
    if (site.problem() != null) {
      throw new FetchException(requested, origin + "/robots.txt could not be read (" + site.problem()
          + "), so nothing on that site is fetched for now" + where);
    }
    if (!site.rules().isAllowed(target.toString())) {
      throw new FetchException(requested, "not allowed by " + origin + "/robots.txt" + where);
    }
    long delay = site.rules().getCrawlDelay();
    if (delay > 0) {
      pacer.atLeast(target.getHost(), Duration.ofMillis(delay));
    }
  }

  private Site read(String origin) {
    URI robots = URI.create(origin + "/robots.txt");
    try {
      Response response = fetcher.fetch(robots);
      BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(robots.toString(), response.body(),
          response.contentType() == null ? "text/plain" : response.contentType(), List.of(agent));
      return new Site(rules, null, System.nanoTime() + KEEP.toNanos());
    } catch (FetchException e) {
      if (e.status() >= 400 && e.status() < 500) {
        return new Site(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null,
            System.nanoTime() + KEEP.toNanos());
      }
      // A host that asked to be left alone (Retry-After) is asked again once that time is over.
      Duration asked = pacer.waitFor(robots.getHost());
      return new Site(null, e.problem(), System.nanoTime() + (asked.isZero() ? KEEP_UNREADABLE : asked).toNanos());
    }
  }

  /** {@code http://host} or {@code https://host:port}: robots.txt is per scheme, host and port. */
  static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }
}
