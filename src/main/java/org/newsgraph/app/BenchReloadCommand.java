package org.newsgraph.app;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.newsgraph.ingest.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench reload}: how much of a first load a re-load of the same, unchanged
 * articles costs. The first {@code --limit} records of a JSON Lines corpus are copied to a
 * temporary file, loaded into a fresh embedded Neo4j (in a temporary folder) with the code path of
 * {@code load}, then loaded again {@code --rounds} times in the same process: Neo4j and the JVM
 * are warm for the re-loads, as in a running {@code watch}. A fresh {@code load} command also
 * starts a JVM and Neo4j (see docs/speed.md).
 */
@Command(name = "reload", mixinStandardHelpOptions = true,
    description = {"Measures re-loading unchanged articles against loading them the first time, in a fresh embedded Neo4j.",
        "The first N records of a JSON Lines corpus are loaded, then loaded again in the same (warm) process.",
        "Prints both times, the re-load's share of the first load, the machine and the peak heap.",
        "Default input: ../shared/eval/news/reuters21578_19043.jsonl.gz; exits 0 with a message when it is not there."})
final class BenchReloadCommand implements Callable<Integer> {

  static final Path DEFAULT_INPUT = BenchExtractCommand.DEFAULT_INPUT.resolve("reuters21578_19043.jsonl.gz");

  @Option(names = "--input", paramLabel = "FILE", description = "A .jsonl or .jsonl.gz corpus (default: ${DEFAULT-VALUE}).")
  Path input = DEFAULT_INPUT;

  @Option(names = "--limit", paramLabel = "N", description = "Records to load (default: ${DEFAULT-VALUE}).")
  int limit = 2_000;

  @Option(names = "--rounds", paramLabel = "N", description = "Re-loads after the first load (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (limit < 1 || rounds < 1 || threads < 1) {
      throw new ParameterException(new CommandLine(this), "--limit, --rounds and --threads must be at least 1");
    }
    String name = input.getFileName() == null ? "" : input.getFileName().toString();
    if (!name.endsWith(".jsonl") && !name.endsWith(".jsonl.gz")) {
      throw new ParameterException(new CommandLine(this), "--input must be a .jsonl or .jsonl.gz file: " + input);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(input)) {
      out.println("bench reload: no input at " + input.toAbsolutePath().normalize() + "; nothing measured. Give --input FILE.");
      out.flush();
      return 0;
    }
    Path dir = Files.createTempDirectory("newsgraph-bench-reload-");
    try {
      Path corpus = dir.resolve("corpus.jsonl");
      int records = copyFirstRecords(input, corpus, limit);
      out.println(HeapMeter.machine());
      out.printf(Locale.ROOT, "input: the first %d record(s) of %s; %d extraction thread(s)%n", records, input, threads);
      out.flush();
      measure(out, dir, corpus);
    } finally {
      TempDirs.deleteRecursively(dir);
    }
    return 0;
  }

  private void measure(PrintWriter out, Path dir, Path corpus) {
    Settings settings = new Settings(dir.resolve("data"), null, null, null, null, 0, -1);
    LoadJob.Options options = LoadJob.Options.defaults().withThreads(threads);
    var extractor = Extraction.lazy(Extraction::fromShippedModels);
    PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    try (Neo4jConnection neo4j = Neo4jConnection.open(settings); HeapMeter heap = new HeapMeter()) {
      neo4j.store().applySchema();
      double first = timedLoad(out, "first load", corpus, new LoadJob(new ArticleReader(dir), extractor, neo4j.store(),
          quiet, options), -1);
      List<Double> shares = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        double again = timedLoad(out, "re-load " + round, corpus, new LoadJob(new ArticleReader(dir), extractor,
            neo4j.store(), quiet, options), first);
        shares.add(again / first);
      }
      List<Double> sorted = shares.stream().sorted().toList();
      out.printf(Locale.ROOT, "median re-load: %.1f %% of the first load%n",
          100 * sorted.get(sorted.size() / 2));
      out.printf(Locale.ROOT, "peak heap: %d MB%n", heap.peakMb());
      out.flush();
    }
  }

  /** Runs one load and prints what it did and how long it took; returns the seconds. */
  private static double timedLoad(PrintWriter out, String label, Path corpus, LoadJob job, double first) {
    long start = System.nanoTime();
    LoadJob.Summary summary = job.run(List.of(corpus));
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "%s: %d new, %d replaced, %d unchanged, %d problem(s) in %.2f s%s%n", label,
        summary.created(), summary.replaced(), summary.unchanged(), summary.failed(), seconds,
        first > 0 ? String.format(Locale.ROOT, " = %.1f %% of the first load", 100 * seconds / first) : "");
    out.flush();
    return seconds;
  }

  /** Copies the first {@code limit} non-blank lines of a .jsonl or .jsonl.gz file; returns how many. */
  static int copyFirstRecords(Path from, Path to, int limit) throws IOException {
    int copied = 0;
    try (InputStream raw = Files.newInputStream(from);
         InputStream in = from.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
         BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
         BufferedWriter writer = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      String line;
      while (copied < limit && (line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          writer.write(line);
          writer.write('\n');
          copied++;
        }
      }
    }
    return copied;
  }
}
