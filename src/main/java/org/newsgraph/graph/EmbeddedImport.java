package org.newsgraph.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;

/**
 * Runs Neo4j's bulk importer ({@code neo4j-admin database import full}, {@code org.neo4j.cli.AdminTool}
 * on the class path) in this process, writing the files of {@link AdminImportFiles} into the
 * default database of the embedded store in {@code dataDir}, where {@link EmbeddedNeo4j} then
 * finds it: the importer is given {@code dataDir} as its Neo4j home and an empty configuration,
 * so both use the default layout ({@code data/databases/neo4j}). The store must not hold a
 * database yet.
 */
public final class EmbeddedImport {

  /** The default database of a Neo4j home, the one the embedded server opens. */
  static final String DATABASE = "neo4j";

  private EmbeddedImport() {}

  /**
   * Imports {@code files} into the store in {@code dataDir}; {@code work} is a scratch folder for
   * the importer's configuration and report. The importer's progress goes to {@code log}.
   * Throws, with the importer's last words, when it fails.
   *
   * @param maxOffHeap the importer's memory for its caches ({@code --max-off-heap-memory}: {@code 1g}, {@code 20%})
   */
  public static void run(Path dataDir, List<AdminImportFiles.CsvFile> files, Path work, String maxOffHeap,
      PrintStream log) {
    Path conf = work.resolve("conf");
    try {
      Files.createDirectories(conf);
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args = new ArrayList<>(List.of("database", "import", "full"));
    args.addAll(AdminImportFiles.importArguments(files, DATABASE, p -> p.toAbsolutePath().toString()));
    args.add("--report-file=" + work.resolve("import.report").toAbsolutePath());
    args.add("--max-off-heap-memory=" + maxOffHeap);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status;
    try (PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8)) {
      status = AdminTool.execute(new ExecutionContext(dataDir.toAbsolutePath(), conf.toAbsolutePath(), log, err,
          new org.neo4j.io.fs.DefaultFileSystemAbstraction()), args.toArray(String[]::new));
    }
    String said = errors.toString(StandardCharsets.UTF_8);
    int usage = said.indexOf("\nUSAGE");
    if (usage >= 0) {
      said = said.substring(0, usage); // a refused option: what comes before the usage text says which
    }
    if (status != 0) {
      throw new IllegalStateException("Neo4j's importer failed (status " + status + "): " + lastLines(said, 8)
          + reportOf(work.resolve("import.report")));
    }
  }

  private static String lastLines(String text, int n) {
    List<String> lines = text.lines().filter(l -> !l.isBlank() && !l.startsWith("\tat ")).toList();
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
  }

  private static String reportOf(Path report) {
    try {
      if (Files.isRegularFile(report) && Files.size(report) > 0) {
        return "; its report: " + lastLines(Files.readString(report, StandardCharsets.UTF_8), 5);
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }
}
