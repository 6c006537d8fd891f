package org.newsgraph.graph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.configuration.ThirdPartyJaxRsPackage;
import org.newsgraph.graph.browser.BrowserConnectPage;
import org.newsgraph.graph.browser.BrowserGuideFiles;
import org.newsgraph.graph.browser.BrowserSessions;

/**
 * An in-process Neo4j (Community 5.26) with Bolt and HTTP (and Neo4j Browser) on the loopback
 * interface. This is the only class that touches the Neo4j kernel; everything else talks to it
 * through the Bolt driver, exactly as it would to an external server.
 *
 * <p>Safe to leave running while the user browses the web: listening on 127.0.0.1 alone does not stop
 * a page of another site from reaching it (through the HTTP API, or Bolt over WebSocket), so
 * authentication is on, with a password generated for the store and kept in its folder
 * ({@link EmbeddedCredentials}); the HTTP API answers cross-origin requests for Browser's own origin
 * only; {@code LOAD CSV} cannot read local files. Browser connects through the page at
 * {@link #browserConnectUrl()}, then applies NewsGraph's style and opens its guide, both served
 * here; its page may load nothing from other sites, nor connect anywhere but this server, and
 * neither Neo4j nor Browser reports usage. Data lives in {@code dataDir} and survives restarts.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  private static final String HOST = "127.0.0.1";

  /** The user the embedded store's password belongs to. */
  public static final String USER = EmbeddedCredentials.USER;

  /**
   * Below this much free space on the store's device Neo4j is not started and no batch is written:
   * a full disk made Neo4j panic on every write, and hang in its check-point when stopping.
   */
  public static final long MIN_FREE_BYTES = 64L * 1024 * 1024;

  /** How long stopping may take before the process gives up on it (the store recovers at its next start). */
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private final DatabaseManagementService service;
  private final Path dataDir;
  private final int boltPort;
  private final int httpPort;
  private final String password;
  private final Path passwordFile;
  /** What the connect link carries instead of the password; made anew at each start. */
  private final String connectToken;

  private EmbeddedNeo4j(DatabaseManagementService service, Path dataDir, int boltPort, int httpPort, String password,
      Path passwordFile) {
    this.service = service;
    this.dataDir = dataDir;
    this.boltPort = boltPort;
    this.httpPort = httpPort;
    this.password = password;
    this.passwordFile = passwordFile;
    this.connectToken = EmbeddedCredentials.generate();
    if (httpPort > 0) {
      BrowserSessions.open(httpPort, connectToken, password);
    }
  }

  /**
   * Starts the server; blocks until the default database is available.
   *
   * @param boltPort Bolt port, or 0 for a free one
   * @param httpPort HTTP port (Neo4j Browser), 0 for a free one, or -1 to switch HTTP off
   */
  public static EmbeddedNeo4j start(Path dataDir, int boltPort, int httpPort) {
    int bolt = boltPort == 0 ? freePort() : boltPort;
    int http = httpPort == 0 ? freePort() : httpPort;
    checkPortFree(bolt, "Bolt");
    if (http > 0) {
      checkPortFree(http, "HTTP");
    }
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create data folder " + dataDir + ": " + e.getMessage(), e);
    }
    checkWritable(dataDir);
    checkSpace(dataDir);
    try {
      String password = EmbeddedCredentials.ensure(dataDir);
      DatabaseManagementService service =
          new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
              .setConfig(settings(bolt, http))
              .build();
      return new EmbeddedNeo4j(service, dataDir, bolt, http, password, EmbeddedCredentials.file(dataDir));
    } catch (RuntimeException e) {
      throw new IllegalStateException(whyNotStarted(dataDir, e), e);
    }
  }

  /**
   * Neo4j started on a folder it cannot write fills the terminal with its logger's traces, then
   * calls the store locked by another process; say what it is first.
   */
  private static void checkWritable(Path dataDir) {
    for (Path p : List.of(dataDir, dataDir.resolve("logs"), dataDir.resolve("data"))) {
      if (Files.exists(p) && !Files.isWritable(p)) {
        throw new IllegalStateException("cannot write the store in " + dataDir.toAbsolutePath().normalize()
            + " (" + p.toAbsolutePath().normalize() + " is read-only or not yours); choose a --data folder you can write");
      }
    }
  }

  /** Neo4j says only "Error starting Neo4j database server"; the reason is deeper in the causes. */
  private static String whyNotStarted(Path dataDir, Throwable e) {
    String where = dataDir.toAbsolutePath().normalize().toString();
    for (Throwable c = e; c != null; c = c.getCause()) {
      String name = c.getClass().getSimpleName();
      String message = String.valueOf(c.getMessage());
      if (message.contains("Read-only file system")) {
        return "cannot write the store in " + where + " (read-only file system); choose a --data folder you can write";
      }
      if (name.equals("FileLockException") || message.contains("already locked") || message.contains("lock file")) {
        return "the store in " + where + " is open in another process (a running 'newsgraph up', 'watch' or 'load'?);"
            + " stop it, reach it with --uri bolt://localhost:PORT, or choose another --data";
      }
      if (c instanceof java.nio.file.AccessDeniedException || message.contains("Permission denied")) {
        return "cannot write the store in " + where + " (permission denied); choose a --data folder you can write";
      }
      if (c instanceof java.io.IOException && message.contains("No space left")) {
        return "no space left on the device of " + where;
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return "cannot start the embedded Neo4j in " + where + ": " + (root.getMessage() == null ? root : root.getMessage());
  }

  private static Map<Setting<?>, Object> settings(int bolt, int http) {
    SocketAddress boltAddress = new SocketAddress(HOST, bolt);
    return Map.ofEntries(
        Map.entry(GraphDatabaseSettings.auth_enabled, true),
        Map.entry(GraphDatabaseSettings.allow_file_urls, false),
        // Browser talks Bolt from its own page; no other site's script may read HTTP API answers.
        Map.entry(ServerSettings.http_access_control_allow_origin, "http://localhost:" + Math.max(http, 1)),
        Map.entry(ServerSettings.third_party_packages,
            List.of(new ThirdPartyJaxRsPackage(BrowserConnectPage.class.getPackageName(), BrowserConnectPage.MOUNT))),
        // What answers without a password: discovery, Browser's files, the page that connects
        // Browser and its exchange of this run's token (which answers Browser's own origin only),
        // and the guide and style (none of them holds anything of the store).
        Map.entry(ServerSettings.http_auth_allowlist,
            List.of("/", "/browser.*", BrowserConnectPage.MOUNT + BrowserConnectPage.PATH,
                BrowserConnectPage.MOUNT + BrowserConnectPage.SESSION,
                BrowserConnectPage.MOUNT + "/" + BrowserGuideFiles.GUIDE,
                BrowserConnectPage.MOUNT + "/" + BrowserGuideFiles.STYLE)),
        // Once connected, Browser applies NewsGraph's style and opens its guide, both from this
        // server; it fetches guides and styles from this host only.
        Map.entry(ServerSettings.browser_post_connect_cmd, "style " + newsGraphUrl(http, BrowserGuideFiles.STYLE)
            + "; guide " + newsGraphUrl(http, BrowserGuideFiles.GUIDE)),
        Map.entry(ServerSettings.browser_remote_content_hostname_whitelist, "localhost"),
        // No usage reports: neither from the server nor from Browser (which then shows no banner about them).
        Map.entry(GraphDatabaseSettings.udc_enabled, false),
        Map.entry(ServerSettings.allow_telemetry, false),
        // Browser on Community loads analytics, feedback and font scripts from the internet and sends
        // error-tracking sessions whatever the settings say; its page may reach this server only.
        Map.entry(ServerSettings.http_static_content_security_policy, browserContentPolicy(bolt)),
        Map.entry(BoltConnector.enabled, true),
        Map.entry(BoltConnector.listen_address, boltAddress),
        // Browser reads the Bolt address from the discovery document; advertise the real port.
        Map.entry(BoltConnector.advertised_address, boltAddress),
        Map.entry(HttpConnector.enabled, http > 0),
        Map.entry(HttpConnector.listen_address, new SocketAddress(HOST, Math.max(http, 1))),
        Map.entry(HttpConnector.advertised_address, new SocketAddress(HOST, Math.max(http, 1))),
        Map.entry(HttpsConnector.enabled, false),
        // A load grows the graph fast from empty; with the default (10 s) Cypher re-plans the
        // loader's few fixed statements again and again as the statistics move.
        Map.entry(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(10)),
        // Cypher keys its plans by the sizes of list parameters too (1, up to 10, 100, 1000 …), so
        // each of the loader's statements was planned again for every size its batches reached;
        // the lists of one statement differ little in what the best plan is, and a first load
        // spent more CPU planning than executing the identity statements.
        Map.entry(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false),
        // Without these the shutdown waits ~10 s for Bolt threads that are already idle.
        Map.entry(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO),
        Map.entry(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO),
        Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0),
        Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1)));
  }

  /** Browser's page: its own files, and Bolt on this server; nothing from another site. */
  private static String browserContentPolicy(int bolt) {
    return "default-src 'self'; script-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline';"
        + " font-src 'self' data:; base-uri 'none'; object-src 'none'; frame-ancestors 'none';"
        + " connect-src 'self' ws://" + HOST + ":" + bolt + " ws://localhost:" + bolt + " http://" + HOST + ":" + bolt;
  }

  private static String newsGraphUrl(int http, String file) {
    return "http://localhost:" + Math.max(http, 1) + BrowserConnectPage.MOUNT + "/" + file;
  }

  /** The address of the NewsGraph guide, which Browser opens with {@code :guide URL}; null when HTTP is off. */
  public String browserGuideUrl() {
    return httpPort > 0 ? newsGraphUrl(httpPort, BrowserGuideFiles.GUIDE) : null;
  }

  public String boltUri() {
    return "bolt://" + HOST + ":" + boltPort;
  }

  /** The Browser address, or null when HTTP is off. */
  public String browserUrl() {
    return httpPort > 0 ? "http://localhost:" + httpPort + "/browser/" : null;
  }

  /**
   * A link that connects Neo4j Browser without a form: a page of this server that exchanges the
   * token in the link's fragment (which browsers never send to a server) for the password, hands
   * that to Browser and opens it. The token is made at each start, so the link holds no password
   * and stops working when this server stops. Null when HTTP is off. While the server runs the
   * link is a key to the store: show it to its user only.
   */
  public String browserConnectUrl() {
    return httpPort > 0 ? "http://localhost:" + httpPort + BrowserConnectPage.MOUNT + BrowserConnectPage.PATH + "#"
        + connectToken : null;
  }

  /** The password of the embedded store in {@code dataDir}, if one was made; the store is not opened. */
  public static java.util.Optional<String> storedPassword(Path dataDir) {
    return EmbeddedCredentials.stored(dataDir);
  }

  /** What the driver needs to log in to this server. */
  public AuthToken authToken() {
    return AuthTokens.basic(EmbeddedCredentials.USER, password);
  }

  /** The file that holds the store's password (user {@value EmbeddedCredentials#USER}). */
  public Path passwordFile() {
    return passwordFile;
  }

  public int boltPort() {
    return boltPort;
  }

  public int httpPort() {
    return httpPort;
  }

  /** Refuses to go on ({@link NoSpaceException} naming the device) when the store's disk is nearly full. */
  public void checkSpace() {
    checkSpace(dataDir);
  }

  private static void checkSpace(Path dataDir) {
    long free;
    try {
      free = Files.getFileStore(dataDir).getUsableSpace();
    } catch (IOException e) {
      return; // cannot tell; Neo4j's own errors will say more
    }
    if (free < MIN_FREE_BYTES) {
      throw new NoSpaceException(noSpace(dataDir, free));
    }
  }

  private static String noSpace(Path dataDir, long free) {
    return String.format(java.util.Locale.ROOT,
        "no space left on the device of %s: %.1f MB free, and the store needs at least %d MB to write and to stop"
            + " cleanly; free some space and run it again (what was committed is kept)",
        dataDir.toAbsolutePath().normalize(), free / 1048576.0, MIN_FREE_BYTES / 1048576);
  }

  /**
   * Stops Neo4j. When it cannot stop in time (its check-point cannot write, say, on a full disk),
   * this says so and returns, leaving its threads to the end of the process; what was committed
   * is in the transaction log and is recovered at the next start.
   */
  @Override
  public void close() {
    if (httpPort > 0) {
      BrowserSessions.close(httpPort);
    }
    var stopping = new java.util.concurrent.CompletableFuture<Void>();
    Thread stopper = new Thread(() -> {
      try {
        service.shutdown();
        stopping.complete(null);
      } catch (Throwable e) {
        stopping.completeExceptionally(e);
      }
    }, "neo4j-stop");
    stopper.setDaemon(true);
    stopper.start();
    try {
      stopping.get(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Neo4j did not stop within " + STOP_TIMEOUT.toSeconds() + " s"
          + (lowOnSpace() ? " (" + noSpace(dataDir, freeBytes()) + ")" : "")
          + "; what was committed is recovered at the next start");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("Neo4j failed to stop: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private boolean lowOnSpace() {
    return freeBytes() < MIN_FREE_BYTES;
  }

  private long freeBytes() {
    try {
      return Files.getFileStore(dataDir).getUsableSpace();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port on " + HOST, e);
    }
  }

  private static void checkPortFree(int port, String what) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(HOST, port));
    } catch (IOException e) {
      throw new IllegalStateException(
          what + " port " + port + " on " + HOST + " is in use. Is 'newsgraph up' (or another Neo4j) running?"
              + " Stop it, query it in Neo4j Browser, or choose another port with --"
              + what.toLowerCase(java.util.Locale.ROOT) + "-port (a store folder can be open in one process only)");
    }
  }
}
