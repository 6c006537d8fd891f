package org.newsgraph.ingest.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP GET for feeds and pages, polite to the servers and safe against bad ones.
 *
 * <p>Input: an http or https URI and the validators remembered from the last fetch. Output: a
 * {@link Response}, either 2xx with its body or 304 (not modified) without one. Each request
 * carries {@code If-None-Match} / {@code If-Modified-Since} when validators are given, must
 * finish (body included) within the timeout, and waits until the previous request to the same
 * host ended at least the per-host delay ago. Redirects (301, 302, 303, 307, 308) are followed
 * here, to http and https only, up to the limit. Bodies are read as they arrive and the fetch
 * fails as soon as one passes the size limit. Any other status, and every network failure, is a
 * {@link FetchException} that names the URL.
 *
 * <p>Sites decide what is fetched and how often: a URL that its site's {@code robots.txt} does
 * not allow NewsGraph to fetch is not requested ({@link RobotsRules}; its {@code Crawl-delay}
 * widens the per-host gap), and after a 429 or 503 with {@code Retry-After} nothing is sent to
 * that host until the time it names (at most a day). Thread-safe: one instance serves all
 * threads, and should, since the per-host spacing and what the sites asked are per instance.
 */
public final class PoliteHttp implements AutoCloseable {

  private static final int NOT_MODIFIED = 304;
  private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

  private final HttpSettings settings;
  private final ExecutorService executor;
  private final HttpClient client;
  private final HostPacer pacer;
  private final RobotsRules robots;

  public PoliteHttp(HttpSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "newsgraph-http");
      thread.setDaemon(true);
      return thread;
    });
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.timeout())
        .executor(executor)
        .build();
    this.pacer = new HostPacer(settings.perHostDelay());
    this.robots = new RobotsRules(settings.userAgent(), robotsTxt -> fetch(robotsTxt, Validators.NONE, false), pacer);
  }

  /**
   * Fetches {@code uri}, conditionally when {@code previous} holds validators.
   *
   * @param previous the validators from the last successful fetch, or {@link Validators#NONE}
   * @throws FetchException for a status other than 2xx and 304, too many redirects, a redirect
   *     to another scheme, no answer within the timeout, a body over the limit, or a network error
   */
  public Response get(URI uri, Validators previous) throws FetchException {
    return fetch(uri, previous, true);
  }

  private Response fetch(URI uri, Validators previous, boolean checkRobots) throws FetchException {
    Validators sent = previous == null ? Validators.NONE : previous;
    URI current = Redirects.checked(uri, uri);
    for (int redirects = 0; ; redirects++) {
      if (settings.publicOnly()) {
        PrivateAddresses.refuse(uri, current);
      }
      if (checkRobots) {
        robots.check(uri, current);
      }
      HttpResponse<byte[]> response = send(uri, current, sent);
      int status = response.statusCode();
      if (Redirects.isRedirect(status)) {
        if (redirects == settings.maxRedirects()) {
          throw new FetchException(uri, "more than " + settings.maxRedirects() + " redirects");
        }
        current = Redirects.target(uri, current, response);
        continue;
      }
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      if (status == NOT_MODIFIED) {
        // A 304 may update a validator or leave it out; one left out is still the one sent.
        Validators fresh = validatorsOf(response);
        Validators kept = new Validators(
            fresh.etag() != null ? fresh.etag() : sent.etag(),
            fresh.lastModified() != null ? fresh.lastModified() : sent.lastModified());
        return new Response(current, status, true, new byte[0], contentType, kept);
      }
      if (status / 100 != 2) {
        throw new FetchException(uri, "HTTP " + status + retryAfter(current, response) + redirectedTo(uri, current),
            status, null);
      }
      return new Response(current, status, false, response.body(), contentType, validatorsOf(response));
    }
  }

  private HttpResponse<byte[]> send(URI requested, URI target, Validators validators) throws FetchException {
    HttpRequest.Builder request = HttpRequest.newBuilder(target)
        .GET()
        .timeout(settings.timeout())
        .header("User-Agent", settings.userAgent());
    if (!"https".equalsIgnoreCase(target.getScheme())) {
      // Over plain http the JDK would ask the server to upgrade to HTTP/2 (h2c), which some
      // servers and proxies answer badly; HTTP/2 stays on for https, where it is negotiated.
      request.version(HttpClient.Version.HTTP_1_1);
    }
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    HttpRequest built = request.build();
    Duration asked = pacer.waitFor(target.getHost());
    if (!asked.isZero()) {
      throw new FetchException(requested, target.getHost() + " asked (Retry-After) not to be called for another "
          + describe(Duration.ofSeconds(Math.max(1, asked.toSeconds()))) + redirectedTo(requested, target));
    }
    try {
      return pacer.paced(target.getHost(), () -> exchange(requested, target, built));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(requested, "interrupted");
    }
  }

  private HttpResponse<byte[]> exchange(URI requested, URI target, HttpRequest request)
      throws FetchException, InterruptedException {
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(request, CappedBody.handler(settings.maxBytes()));
    try {
      // The request timeout covers the wait for the headers only; this covers the body too.
      return pending.get(settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw noResponse(requested, target, e);
    } catch (InterruptedException e) {
      pending.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw failure(requested, target, e.getCause());
    }
  }

  private FetchException failure(URI requested, URI target, Throwable error) {
    String where = redirectedTo(requested, target);
    if (inChain(error, HttpTimeoutException.class) != null) {
      return noResponse(requested, target, error);
    }
    Throwable tooLarge = inChain(error, CappedBody.TooLargeException.class);
    if (tooLarge != null) {
      return new FetchException(requested, tooLarge.getMessage() + where, 0, error);
    }
    if (inChain(error, ConnectException.class) != null) {
      return new FetchException(requested, "cannot connect (" + ConnectFailure.reason(error, target.getHost()) + ")" + where,
          0, error);
    }
    Throwable cause = error;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new FetchException(requested, "request failed (" + detail + ")" + where, 0, error);
  }

  private static Throwable inChain(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }

  private FetchException noResponse(URI requested, URI target, Throwable cause) {
    return new FetchException(requested,
        "no response within " + describe(settings.timeout()) + redirectedTo(requested, target), 0, cause);
  }

  /**
   * After a 429 or 503 with a {@code Retry-After} (seconds, or an HTTP date), pauses the host for
   * that long (at most a day) and says so for the failure message; otherwise the empty string.
   */
  private String retryAfter(URI target, HttpResponse<?> response) {
    int status = response.statusCode();
    if (status != 429 && status != 503) {
      return "";
    }
    Duration wait = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now());
    if (wait == null) {
      return "";
    }
    Duration kept = wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait;
    pacer.pause(target.getHost(), kept);
    return " (Retry-After: nothing more is sent to " + target.getHost() + " for " + describe(kept) + ")";
  }

  private static Validators validatorsOf(HttpResponse<?> response) {
    return new Validators(
        response.headers().firstValue("ETag").orElse(null),
        response.headers().firstValue("Last-Modified").orElse(null));
  }

  private static String redirectedTo(URI requested, URI target) {
    return target.equals(requested) ? "" : " (at " + target + ")";
  }

  /** {@code 15 s} or {@code 300 ms}, whichever is exact. */
  static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** Stops the client's threads; requests still running fail. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
