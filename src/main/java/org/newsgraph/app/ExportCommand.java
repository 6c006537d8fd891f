package org.newsgraph.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.graph.AdminImportFiles;
import org.newsgraph.ingest.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
        "Extracts articles (on all cores, as load does) and writes the node and relationship files of Neo4j's bulk"
            + " importer (neo4j-admin database import full) into OUT_DIR, which must be absent or empty; prints the"
            + " neo4j-admin command line that imports them.",
        "The files hold the graph before identity is decided: after importing them into a server, run"
            + " 'newsgraph settle --uri URI' once, which applies the schema and decides identity as load does.",
        "Exit status: 0 when every article was written, 1 when some input could not be read or extracted (the rest"
            + " is written), 2 on usage errors."})
final class ExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "The files' format; only neo4j-admin (the CSV files of neo4j-admin database import full).")
  String format;

  @Parameters(index = "0", paramLabel = "OUT_DIR", description = "Folder for the files (absent or empty).")
  Path outDir;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE|DIR",
      description = "Article files (.txt, .md, .json, .jsonl, .jsonl.gz) or folders of them.")
  List<Path> inputs;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    if (!"neo4j-admin".equals(format)) {
      throw new ParameterException(spec.commandLine(), "--format: only neo4j-admin is known, not '" + format + "'");
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (Files.exists(outDir) && (!Files.isDirectory(outDir) || !isEmpty(outDir))) {
      throw new ParameterException(spec.commandLine(), "OUT_DIR " + outDir + " is not an empty folder; export"
          + " writes into an absent or empty one only");
    }
    Files.createDirectories(outDir);
    long start = System.nanoTime();
    ExportJob.Summary summary;
    List<AdminImportFiles.CsvFile> files;
    try (AdminImportFiles out = new AdminImportFiles(outDir, ZonedDateTime.now(ZoneOffset.UTC))) {
      summary = new ExportJob(new ArticleReader(Path.of("")), Extraction.lazy(Extraction::fromShippedModels), threads,
          System.err, ProgressLine.stderrIsTerminal()).run(inputs, out);
      files = out.finish();
    }
    System.out.println("Exported into " + outDir.toAbsolutePath().normalize() + ": " + summary.describe());
    System.out.println("Import them into a stopped Neo4j 5.26 server (the database must not exist yet), then start it"
        + " and run 'newsgraph settle --uri bolt://HOST:7687':");
    System.out.println(adminCommand(files, outDir));
    System.err.printf(Locale.ROOT, "export took %.1f s on %d thread(s)%n", (System.nanoTime() - start) / 1e9, threads);
    return summary.problems().isEmpty() ? 0 : 1;
  }

  /** The neo4j-admin command line, with the files as absolute paths. */
  static String adminCommand(List<AdminImportFiles.CsvFile> files, Path dir) {
    StringBuilder line = new StringBuilder("neo4j-admin database import full");
    for (String arg : AdminImportFiles.importArguments(files, "neo4j", p -> p.toAbsolutePath().normalize().toString())) {
      line.append(" \\\n    ").append(arg.matches("[-\\w./=,:+]*") ? arg : "'" + arg.replace("'", "'\\''") + "'");
    }
    return line.toString();
  }

  static boolean isEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
