package org.newsgraph.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.graph.AdminImportFiles;
import org.newsgraph.graph.EmbeddedImport;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.ImportedIdentity;
import org.newsgraph.ingest.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
        "Builds a new embedded store from articles with Neo4j's bulk importer: extracts them (on all cores), writes"
            + " the importer's files into a temporary folder, imports them into the store in --data, then applies the"
            + " schema and decides identity as load does. The graph is the one load makes of the same articles, and a"
            + " later load, watch or up skips them as unchanged.",
        "The store must be new: --data absent or an empty folder; a store that holds anything is refused (use load)."
            + " When the import fails or is interrupted, --data is left as it was (absent or empty).",
        "Exit status: 0 when every article was imported, 1 when some input could not be read or extracted (the rest"
            + " is imported) or the import failed, 2 on usage errors."})
final class ImportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
      description = "Article files (.txt, .md, .json, .jsonl, .jsonl.gz) or folders of them.")
  List<Path> inputs;

  @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
      description = "Folder of the new embedded store (default: ${DEFAULT-VALUE}); absent or empty.")
  Path data;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--import-memory", defaultValue = "1g", paramLabel = "SIZE",
      description = "Memory the importer may take outside the Java heap for its caches, as neo4j-admin's"
          + " --max-off-heap-memory (default: ${DEFAULT-VALUE}; e.g. 4g or 20%%).")
  String importMemory;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    Path store = data.toAbsolutePath().normalize();
    if (Files.exists(store) && (!Files.isDirectory(store) || !ExportCommand.isEmpty(store))) {
      throw new IllegalStateException("the store in " + store + " is not empty: import builds a new store only"
          + " (an absent or empty --data folder); add articles to an existing store with load");
    }
    boolean created = !Files.exists(store);
    Path work = Files.createTempDirectory("newsgraph-import");
    // Interrupted (Ctrl-C, a TERM signal), the import leaves no half-made store nor its files.
    Thread undoOnExit = new Thread(() -> {
      try {
        undo(store, created);
        TempDirs.deleteRecursively(work);
      } catch (IOException | RuntimeException e) {
        System.err.println("error: the interrupted import left " + store + " or " + work + ": " + e.getMessage());
      }
    }, "newsgraph-import-undo");
    Runtime.getRuntime().addShutdownHook(undoOnExit);
    try {
      return importInto(store, created, work);
    } finally {
      removeHook(undoOnExit);
      TempDirs.deleteRecursively(work);
    }
  }

  /** Extracts into the importer's files under {@code work}, imports them into {@code store} and settles it. */
  private int importInto(Path store, boolean created, Path work) throws IOException {
    long start = System.nanoTime();
    Path csv = Files.createDirectories(work.resolve("csv"));
    ExportJob.Summary summary;
    List<AdminImportFiles.CsvFile> files;
    try (AdminImportFiles out = new AdminImportFiles(csv, ZonedDateTime.now(ZoneOffset.UTC))) {
      summary = new ExportJob(new ArticleReader(Path.of("")), Extraction.lazy(Extraction::fromShippedModels), threads,
          System.err, ProgressLine.stderrIsTerminal()).run(inputs, out);
      files = out.finish();
    }
    double extracted = (System.nanoTime() - start) / 1e9;
    ImportedIdentity.Settled settled;
    double imported;
    try {
      EmbeddedImport.run(store, files, work, importMemory, new PrintStream(OutputStream.nullOutputStream()));
      imported = (System.nanoTime() - start) / 1e9;
      settled = settle(store, start, imported);
    } catch (RuntimeException | Error e) {
      undo(store, created);
      throw e;
    }
    double total = (System.nanoTime() - start) / 1e9;
    System.err.printf(Locale.ROOT, "identity: indexes built in %.1f s, entities decided in %.1f s, surnames and"
        + " acronyms in %.1f s%n", settled.indexSeconds(), settled.entitySeconds(), settled.surnameSeconds());
    System.out.println("Imported into embedded Neo4j in " + store + ": " + summary.describe() + "; identity decided"
        + " over " + settled.entities() + " entities (" + settled.entitiesAfter() + " after surname and acronym joins)");
    System.err.printf(Locale.ROOT, "import took %.1f s: extraction and files %.1f s, Neo4j's importer %.1f s,"
        + " schema and identity %.1f s; %d thread(s)%n", total, extracted, imported - extracted, total - imported,
        threads);
    return summary.problems().isEmpty() ? 0 : 1;
  }

  /** Starts the imported store, applies the schema and decides identity as load does. */
  private static ImportedIdentity.Settled settle(Path store, long start, double imported) {
    try (Neo4jConnection neo4j = Neo4jConnection.open(new Settings(store, null, EmbeddedNeo4j.USER, null, null, 0, -1))) {
      long schema = System.nanoTime();
      neo4j.store().applySchema();
      System.err.printf(Locale.ROOT, "started Neo4j in %.1f s, applied the schema in %.1f s%n",
          (schema - start) / 1e9 - imported, (System.nanoTime() - schema) / 1e9);
      return new ImportedIdentity(neo4j.driver(), null).settle();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs (or ran): the process is stopping
    }
  }

  /** Leaves the store folder as it was before the import: absent, or empty. */
  private static void undo(Path store, boolean created) {
    try {
      if (!Files.exists(store)) {
        return;
      }
      if (created) {
        TempDirs.deleteRecursively(store);
      } else {
        try (var entries = Files.list(store)) {
          for (Path p : entries.toList()) {
            TempDirs.deleteRecursively(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the import failed and " + store + " could not be emptied", e);
    }
  }
}
