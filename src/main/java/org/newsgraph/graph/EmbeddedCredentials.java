package org.newsgraph.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import picocli.CommandLine;

/**
 * The embedded store's password: generated once, kept in {@code <data>/neo4j-password} (readable by
 * its owner only), and given to the store before any port is open.
 *
 * <p>A new store gets it as Neo4j's initial password (the {@code set-initial-password} admin
 * command's file, read when the store is created). A store made before the file existed (or whose
 * file was deleted) is opened once with Bolt and HTTP off and its {@code neo4j} user's password
 * set there; only then is the file written, so a crash in between just repeats the step.
 */
final class EmbeddedCredentials {

  static final String USER = "neo4j";
  static final String FILE_NAME = "neo4j-password";
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int LENGTH = 24;

  private EmbeddedCredentials() {}

  /** The password of the store in {@code home}, made and given to the store first if it has none yet. */
  static String ensure(Path home) {
    var stored = stored(home);
    if (stored.isPresent()) {
      return stored.get();
    }
    Path file = home.resolve(FILE_NAME);
    String password = generate();
    if (Files.isDirectory(home.resolve("data").resolve("databases").resolve("system"))) {
      setOnExistingStore(home, password);
    } else {
      setInitialPassword(home, password);
    }
    write(file, password);
    return password;
  }

  /** The stored password, if the file is there and not empty. */
  static java.util.Optional<String> stored(Path home) {
    Path file = home.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return java.util.Optional.empty();
    }
    String stored = read(file);
    return stored.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(stored);
  }

  static Path file(Path home) {
    return home.resolve(FILE_NAME);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the store's password file " + file + ": " + e.getMessage(), e);
    }
  }

  static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  private static void setInitialPassword(Path home, String password) {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    int status;
    try (var fs = new org.neo4j.io.fs.DefaultFileSystemAbstraction()) {
      var command = new SetInitialPasswordCommand(new ExecutionContext(home, home.resolve("conf"), quiet, quiet, fs));
      status = new CommandLine(command).execute(password);
    }
    if (status != 0) {
      throw new IllegalStateException("cannot set the initial password of the store in " + home
          + " (Neo4j's set-initial-password exited with " + status + ")");
    }
  }

  /** Opens the store with no port open and sets the password there, as the database's own admin. */
  private static void setOnExistingStore(Path home, String password) {
    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
        .setConfig(Map.of(
            GraphDatabaseSettings.auth_enabled, true,
            GraphDatabaseSettings.udc_enabled, false,
            BoltConnector.enabled, false,
            HttpConnector.enabled, false,
            HttpsConnector.enabled, false,
            GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0,
            GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1)))
        .build();
    try {
      service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } finally {
      service.shutdown();
    }
  }

  private static void write(Path file, String password) {
    Path scratch = file.resolveSibling(FILE_NAME + ".new");
    try {
      Files.deleteIfExists(scratch);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(scratch, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(scratch);
      }
      Files.writeString(scratch, password + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(scratch, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(scratch, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the store's password file " + file + ": " + e.getMessage(), e);
    }
  }
}
