package org.newsgraph.app;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.ingest.web.ConnectFailure;

/** A driver to the configured Neo4j: the embedded one (started here) or a server. */
final class Neo4jConnection implements AutoCloseable {

  private final EmbeddedNeo4j embedded;
  private final Driver driver;
  private final GraphStore store;
  private final String description;
  private final String database;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Neo4jConnection(EmbeddedNeo4j embedded, Driver driver, String database, String description) {
    this.embedded = embedded;
    this.driver = driver;
    this.store = embedded == null ? new GraphStore(driver, database) : new GraphStore(driver, database, embedded::checkSpace);
    this.description = description;
    this.database = database;
  }

  static Neo4jConnection open(Settings settings) {
    if (settings.embedded()) {
      EmbeddedNeo4j server = EmbeddedNeo4j.start(settings.dataDir(), settings.boltPort(), settings.httpPort());
      Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken());
      try {
        driver.verifyConnectivity();
      } catch (RuntimeException e) {
        driver.close();
        server.close();
        throw e;
      }
      return new Neo4jConnection(server, driver, null,
          "embedded Neo4j in " + settings.dataDir().toAbsolutePath().normalize() + " (" + server.boltUri() + ")");
    }
    AuthToken auth = serverAuth(settings);
    Driver driver = GraphDatabase.driver(settings.uri(), auth);
    try {
      driver.verifyConnectivity();
    } catch (RuntimeException e) {
      driver.close();
      throw new IllegalStateException("cannot connect to " + settings.uri() + " as " + settings.user() + " ("
          + ConnectFailure.reason(e, URI.create(settings.uri()).getHost()) + "): " + e.getMessage(), e);
    }
    return new Neo4jConnection(null, driver, settings.database(), settings.uri());
  }

  /**
   * The credentials for a server: the given password, else, for a server on this machine (such as
   * a running 'up'), the password of the embedded store in --data, else none.
   */
  private static AuthToken serverAuth(Settings settings) {
    if (settings.password() != null) {
      return AuthTokens.basic(settings.user(), settings.password());
    }
    if (isLoopback(URI.create(settings.uri()).getHost())) {
      var stored = EmbeddedNeo4j.storedPassword(settings.dataDir());
      if (stored.isPresent()) {
        return AuthTokens.basic(EmbeddedNeo4j.USER, stored.get());
      }
    }
    return AuthTokens.none();
  }

  private static boolean isLoopback(String host) {
    return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"));
  }

  Driver driver() {
    return driver;
  }

  /** The database on the server, or null for the default one. */
  String database() {
    return database;
  }

  GraphStore store() {
    return store;
  }

  /** The embedded server, or null when connected to an external one. */
  EmbeddedNeo4j embedded() {
    return embedded;
  }

  String description() {
    return description;
  }

  /** Closes the driver and stops the embedded server; calling it again does nothing. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    driver.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
