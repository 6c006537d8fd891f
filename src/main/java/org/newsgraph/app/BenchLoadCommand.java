package org.newsgraph.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.NaiveLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench load}: the loader against the naive baseline, in one process, on the
 * same rows, each into a fresh embedded Neo4j in a temporary folder.
 *
 * <p>The rows are (subject, object) pairs drawn with a fixed seed from {@code --entities} keys
 * ({@link BenchRows}). The loader writes them as articles of {@code --per-article} relations
 * through {@link GraphStore#writeBatch} (the code path of {@code load}, including its hash check
 * and relationship properties); the baseline writes the bare pairs with
 * {@code UNWIND … MERGE (a) MERGE (b) MERGE (a)-[:REL]->(b)} in batches of 5,000.
 *
 * <p>With {@code --same-graph} a third side writes what the loader writes, the naive way
 * ({@link NaiveLoader#loadSameGraph}): the like-for-like comparison, besides the bar's. With
 * {@code --floor} another side writes the bare rows with the least work ({@link NaiveLoader#loadFloor}):
 * the baseline's time over its time is the most that any loader's statements could gain over the
 * baseline on this machine.
 *
 * <p>Every side loads in each of {@code --rounds} rounds, the first side rotating: the JVM
 * compiles Neo4j's code during the first loads of the process, which favours whichever side runs
 * later. Each round's rates and process CPU time are printed, then the medians.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Measures the loader against the naive UNWIND/MERGE baseline on the same generated rows, each into a fresh embedded Neo4j.",
        "Prints rows/s for each side in each round (the side that runs first rotates), the medians and their ratios, the machine and the peak heap."})
final class BenchLoadCommand implements Callable<Integer> {

  @Option(names = "--rows", paramLabel = "N", description = "Relations to load (default: ${DEFAULT-VALUE}).")
  int rows = 100_000;

  @Option(names = "--entities", paramLabel = "N", description = "Distinct entities (default: rows / 5).")
  int entities;

  @Option(names = "--per-article", paramLabel = "N", description = "Relations per generated article (default: ${DEFAULT-VALUE}).")
  int perArticle = 20;

  @Option(names = "--baseline-batch", paramLabel = "N", description = "Rows per baseline transaction (default: ${DEFAULT-VALUE}).")
  int baselineBatch = 5_000;

  @Option(names = "--rounds", paramLabel = "N", description = "Times each side loads the rows (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(names = "--skip-baseline", description = "Run the loader only.")
  boolean skipBaseline;

  @Option(names = "--same-graph", description = {"Also run a naive loader that writes the loader's graph (articles, entity"
      + " names and types, relationships with their evidence properties) with one MERGE per node and relationship"
      + " per row, in batches of --baseline-batch rows."})
  boolean sameGraph;

  @Option(names = "--floor", description = {"Also run the floor: the bare rows written with the least work (each batch's"
      + " distinct keys merged once, one relationship per row created without properties), in batches of"
      + " --baseline-batch rows; prints how much faster than the baseline it is, the most any loader could gain."})
  boolean floor;

  private static final String SAME_GRAPH = "same-graph baseline";
  private static final String FLOOR = "floor";

  @Spec CommandSpec spec;

  /** One timed load: wall-clock and process CPU seconds. */
  private record Timing(double seconds, double cpuSeconds) {}

  private interface Load {
    void run(Driver driver);
  }

  /** One side of the comparison: what it loads untimed first, then what it loads timed. */
  private record Side(String name, Load warmup, Load load) {}

  @Override
  public Integer call() throws IOException {
    if (rounds < 1 || rows < 1 || perArticle < 1 || baselineBatch < 1) {
      throw new ParameterException(new CommandLine(this), "--rows, --rounds, --per-article and --baseline-batch must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    int keys = entities > 0 ? entities : Math.max(2, rows / 5);
    List<Map<String, Object>> pairs = BenchRows.pairs(rows, keys, "bench");
    List<ExtractedArticle> articles = BenchRows.articles(pairs, perArticle, "bench");
    // Each side first loads a small, separate set (other keys) untimed: Cypher compiles its plans
    // before the clock starts, so that neither side pays for being first in its store.
    List<Map<String, Object>> warmPairs = BenchRows.pairs(Math.max(100, rows / 20), Math.max(2, keys / 20), "warmup");
    List<ExtractedArticle> warmArticles = BenchRows.articles(warmPairs, perArticle, "warmup");
    List<Side> sides = new ArrayList<>();
    sides.add(new Side("loader", d -> writeArticles(d, warmArticles), d -> writeArticles(d, articles)));
    if (!skipBaseline) {
      sides.add(new Side("baseline", d -> new NaiveLoader(d).load(warmPairs, baselineBatch),
          d -> new NaiveLoader(d).load(pairs, baselineBatch)));
      if (sameGraph) {
        sides.add(new Side(SAME_GRAPH, d -> new NaiveLoader(d).loadSameGraph(warmArticles, baselineBatch),
            d -> new NaiveLoader(d).loadSameGraph(articles, baselineBatch)));
      }
      if (floor) {
        sides.add(new Side(FLOOR, d -> new NaiveLoader(d).loadFloor(warmPairs, baselineBatch),
            d -> new NaiveLoader(d).loadFloor(pairs, baselineBatch)));
      }
    }

    out.println(HeapMeter.machine());
    out.printf(Locale.ROOT, "rows: %d relations between %d entities (seed 42); loader: %d articles of %d relations%n",
        rows, keys, articles.size(), perArticle);
    out.println("loader writes: an Article node per article; each entity once (labels, key, name, type, aliases,"
        + " titles); a relationship per fact of an article with its evidence properties (sentenceIds, count,"
        + " sentenceId, articleId, text, lemma, verb, negated, modality, confidence). The generated articles have no"
        + " sentences or mentions.");
    if (!skipBaseline) {
      out.println("baseline writes: an Entity node (key) per entity; a REL relationship, without properties, per distinct pair.");
    }
    if (floor && !skipBaseline) {
      out.println(FLOOR + " writes the baseline's rows with less work: per batch each distinct key merged once, in"
          + " order, and a REL relationship, without properties, created per row between them.");
    }
    if (sameGraph && !skipBaseline) {
      out.println(SAME_GRAPH + " writes the loader's graph the naive way: per row MERGE the article, both entities"
          + " (properties set on create) and the relationship by its first sentenceId, then SET its evidence properties.");
    }
    out.flush();
    // Rates by side, in side order; ratios of each baseline's time to the loader's, by round.
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    sides.forEach(side -> rates.put(side.name(), new ArrayList<>()));
    try (HeapMeter heap = new HeapMeter()) {
      for (int round = 1; round <= rounds; round++) {
        // The first side rotates from round to round.
        Map<String, Timing> timings = new LinkedHashMap<>();
        for (int i = 0; i < sides.size(); i++) {
          Side side = sides.get((i + round - 1) % sides.size());
          Timing t = timed(side, out);
          timings.put(side.name(), t);
          rates.get(side.name()).add(rows / t.seconds());
        }
        double loaderSeconds = timings.get("loader").seconds();
        for (Side side : sides.subList(1, sides.size())) {
          double ratio = timings.get(side.name()).seconds() / loaderSeconds;
          ratios.computeIfAbsent(side.name(), k -> new ArrayList<>()).add(ratio);
          out.printf(Locale.ROOT, "round %d: loader / %s: %.2fx%n", round, side.name(), ratio);
        }
        out.flush();
      }
      StringBuilder medians = new StringBuilder();
      rates.forEach((name, values) -> medians.append(medians.length() == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%s %.0f rows/s", name, median(values))));
      ratios.forEach((name, values) -> medians.append(String.format(Locale.ROOT, "; loader / %s: %.2fx", name, median(values))));
      out.printf(Locale.ROOT, "median of %d round(s): %s%n", rounds, medians);
      if (ratios.containsKey(FLOOR)) {
        List<Double> gains = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
          gains.add(ratios.get("baseline").get(i) / ratios.get(FLOOR).get(i));
        }
        out.printf(Locale.ROOT, "floor / baseline: %.2fx (median of the rounds): the most that a loader's statements"
            + " gained over the baseline here%n", median(gains));
      }
      out.printf(Locale.ROOT, "peak heap: %d MB%n", heap.peakMb());
    }
    out.flush();
    return 0;
  }

  /** Writes articles in the batches that {@code load} makes (by article count or rows). */
  private static void writeArticles(Driver driver, List<ExtractedArticle> articles) {
    GraphStore store = new GraphStore(driver, null);
    store.applySchema();
    LoadJob.Options options = LoadJob.Options.defaults();
    List<ExtractedArticle> batch = new ArrayList<>();
    int batchRows = 0;
    for (ExtractedArticle x : articles) {
      batch.add(x);
      batchRows += LoadJob.rows(x);
      if (batch.size() >= options.batchArticles() || batchRows >= options.batchRows()) {
        store.writeBatch(batch);
        batch.clear();
        batchRows = 0;
      }
    }
    if (!batch.isEmpty()) {
      store.writeBatch(batch);
    }
  }

  /** Runs one side into a fresh store: its warm-up untimed, then its load timed; prints the load. */
  private Timing timed(Side side, PrintWriter out) throws IOException {
    Path dir = Files.createTempDirectory("newsgraph-bench-");
    try {
      Settings settings = new Settings(dir, null, null, null, null, 0, -1);
      try (Neo4jConnection neo4j = Neo4jConnection.open(settings)) {
        side.warmup().run(neo4j.driver());
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        side.load().run(neo4j.driver());
        Timing t = new Timing((System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
        var counts = neo4j.driver().executableQuery(
            "MATCH (e:Entity) WHERE e.key STARTS WITH 'person:bench ' OR e.key STARTS WITH 'entity:bench' WITH collect(e) AS es "
                + "RETURN size(es) AS nodes, COUNT { MATCH (a:Entity)-[]->(:Entity) WHERE a IN es } AS rels")
            .execute().records().get(0);
        out.printf(Locale.ROOT, "%-8s: %d rows in %.2f s = %.0f rows/s; process CPU %.1f s, load average %.1f"
                + " (graph: %d entities, %d relationships)%n", side.name(), rows, t.seconds(), rows / t.seconds(),
            t.cpuSeconds(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            counts.get("nodes").asLong(), counts.get("rels").asLong());
        out.flush();
        return t;
      }
    } finally {
      TempDirs.deleteRecursively(dir);
    }
  }

  /** CPU time of the whole process (the embedded Neo4j runs in it), or 0 where the JVM does not tell. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

}
