package org.newsgraph.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks of --uri and the ports as they are read, so that a mistake is a usage error (exit 2) in
 * our words, and a password written into a URI is refused without being repeated.
 */
final class ConnectionArguments {

  private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

  private ConnectionArguments() {}

  /** A Neo4j URI: one of the driver's schemes, a host, no user information. */
  static final class Neo4jUri implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      URI uri;
      try {
        uri = new URI(value.strip());
      } catch (URISyntaxException e) {
        throw new TypeConversionException("not a URI (" + e.getReason() + "); expected bolt://host:7687, neo4j://… or neo4j+s://…");
      }
      if (uri.getRawUserInfo() != null) {
        throw new TypeConversionException("the URI holds a user name or password; give them in NEO4J_USER and"
            + " NEO4J_PASSWORD instead (a URI shows in the process list and in messages)");
      }
      if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))) {
        throw new TypeConversionException("unknown scheme " + (uri.getScheme() == null ? "(none)" : "'" + uri.getScheme() + "'")
            + "; expected one of " + String.join(", ", new java.util.TreeSet<>(SCHEMES)) + ", as in bolt://host:7687");
      }
      if (uri.getHost() == null || uri.getHost().isBlank()) {
        throw new TypeConversionException("no host; expected e.g. " + uri.getScheme() + "://localhost:7687");
      }
      return uri.toString();
    }
  }

  /** A TCP port, 0 to 65535 (0: any free one). */
  static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int port;
      try {
        port = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a port number (0 to 65535)");
      }
      if (port < 0 || port > 65_535) {
        throw new TypeConversionException(port + " is not a port number (0 to 65535)");
      }
      return port;
    }
  }
}
