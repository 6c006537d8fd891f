package org.newsgraph.graph.browser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the link printed by {@code up} carries instead of the store's password: a token made for
 * this run of the server, which the connect page exchanges for the password ({@link
 * BrowserConnectPage}). So the password never appears in what the process prints or a log keeps,
 * and a link from an earlier run opens nothing. The exchange answers Browser's own origin only,
 * so another site's page gets nothing even if it knew the token.
 *
 * <p>Kept per HTTP port, because one JVM may run several embedded servers (the tests do). Thread-safe.
 */
public final class BrowserSessions {

  private record Session(String token, String password) {}

  private static final Map<Integer, Session> BY_PORT = new ConcurrentHashMap<>();

  private BrowserSessions() {}

  /** From now on, {@code token} presented to the server on {@code httpPort} gives {@code password}. */
  public static void open(int httpPort, String token, String password) {
    BY_PORT.put(httpPort, new Session(token, password));
  }

  public static void close(int httpPort) {
    BY_PORT.remove(httpPort);
  }

  /** Browser's own origin on the server at {@code httpPort}, the one page allowed to ask. */
  static String origin(int httpPort) {
    return "http://localhost:" + httpPort;
  }

  /** The password, when the token is this run's and the request comes from Browser's own origin. */
  static Optional<String> password(int httpPort, String token, String origin) {
    Session session = BY_PORT.get(httpPort);
    if (session == null || token == null || !origin(httpPort).equals(origin)) {
      return Optional.empty();
    }
    boolean same = MessageDigest.isEqual(session.token().getBytes(StandardCharsets.UTF_8),
        token.strip().getBytes(StandardCharsets.UTF_8));
    return same ? Optional.of(session.password()) : Optional.empty();
  }
}
