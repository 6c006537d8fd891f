package org.newsgraph.app;

import java.nio.file.Path;

/**
 * The configuration of one run, read once from flags and environment and passed down.
 *
 * @param dataDir folder of the embedded store
 * @param uri Neo4j server URI, or null for the embedded store
 * @param user user name for the server
 * @param password password for the server, or null; never printed ({@link #toString()} hides it)
 * @param database database name, or null for the server's default
 * @param boltPort Bolt port of the embedded server
 * @param httpPort HTTP port of the embedded server (Neo4j Browser)
 */
record Settings(Path dataDir, String uri, String user, String password, String database, int boltPort, int httpPort) {

  boolean embedded() {
    return uri == null;
  }

  @Override
  public String toString() {
    return "Settings[dataDir=" + dataDir + ", uri=" + uri + ", user=" + user + ", password="
        + (password == null ? "none" : "***") + ", database=" + database + ", boltPort=" + boltPort
        + ", httpPort=" + httpPort + "]";
  }
}
