package org.newsgraph.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Predicate;
import org.newsgraph.extract.Relation;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.NaiveLoader;
import org.newsgraph.ingest.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench load}: the loader against the naive baseline, in one process, on the
 * same rows, each into a fresh embedded Neo4j in a temporary folder.
 *
 * <p>The rows are (subject, object) pairs drawn with a fixed seed from {@code --entities} keys.
 * The loader writes them as articles of {@code --per-article} relations through
 * {@link GraphStore#writeBatch} (the code path of {@code load}, including its hash check and
 * relationship properties); the baseline writes the bare pairs with
 * {@code UNWIND … MERGE (a) MERGE (b) MERGE (a)-[:REL]->(b)} in batches of 5,000.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Measures the loader against the naive UNWIND/MERGE baseline on the same generated rows, each into a fresh embedded Neo4j.",
        "Prints rows/s for both, the ratio, the machine and the peak heap."})
final class BenchLoadCommand implements Callable<Integer> {

  @Option(names = "--rows", paramLabel = "N", description = "Relations to load (default: ${DEFAULT-VALUE}).")
  int rows = 100_000;

  @Option(names = "--entities", paramLabel = "N", description = "Distinct entities (default: rows / 5).")
  int entities;

  @Option(names = "--per-article", paramLabel = "N", description = "Relations per generated article (default: ${DEFAULT-VALUE}).")
  int perArticle = 20;

  @Option(names = "--baseline-batch", paramLabel = "N", description = "Rows per baseline transaction (default: ${DEFAULT-VALUE}).")
  int baselineBatch = 5_000;

  @Option(names = "--skip-baseline", description = "Run the loader only.")
  boolean skipBaseline;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int keys = entities > 0 ? entities : Math.max(2, rows / 5);
    List<Map<String, Object>> pairs = pairs(rows, keys, "bench");
    List<ExtractedArticle> articles = articles(pairs, perArticle, "bench");
    // Each side first loads a small, separate set (other keys) untimed: Cypher compiles its plans
    // and the JIT warms up before the clock starts, so that neither side pays for being first.
    List<Map<String, Object>> warmPairs = pairs(Math.max(100, rows / 20), Math.max(2, keys / 20), "warmup");
    List<ExtractedArticle> warmArticles = articles(warmPairs, perArticle, "warmup");
    out.println(HeapMeter.machine());
    out.printf(Locale.ROOT, "rows: %d relations between %d entities (seed 42); loader: %d articles of %d relations%n",
        rows, keys, articles.size(), perArticle);
    out.flush();
    try (HeapMeter heap = new HeapMeter()) {
      double ours = timed("loader", out,
          driver -> writeArticles(driver, warmArticles), driver -> writeArticles(driver, articles));
      if (!skipBaseline) {
        double naive = timed("baseline", out, driver -> new NaiveLoader(driver).load(warmPairs, baselineBatch),
            driver -> new NaiveLoader(driver).load(pairs, baselineBatch));
        out.printf(Locale.ROOT, "loader / baseline: %.1fx%n", naive / ours);
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
      batchRows += 1 + x.relations().size();
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

  private interface Load {
    void run(Driver driver);
  }

  /** Runs one load into a fresh store; prints and returns its seconds. */
  private double timed(String name, PrintWriter out, Load warmup, Load load) throws IOException {
    Path dir = Files.createTempDirectory("newsgraph-bench-");
    try {
      Settings settings = new Settings(dir, null, null, null, null, 0, -1);
      try (Neo4jConnection neo4j = Neo4jConnection.open(settings)) {
        warmup.run(neo4j.driver());
        long start = System.nanoTime();
        load.run(neo4j.driver());
        double seconds = (System.nanoTime() - start) / 1e9;
        var counts = neo4j.driver().executableQuery(
            "MATCH (e:Entity) WHERE e.key STARTS WITH 'person:bench ' WITH collect(e) AS es "
                + "RETURN size(es) AS nodes, COUNT { MATCH (a:Entity)-[]->(:Entity) WHERE a IN es } AS rels")
            .execute().records().get(0);
        out.printf(Locale.ROOT, "%-8s: %d rows in %.2f s = %.0f rows/s (graph: %d entities, %d relationships)%n",
            name, rows, seconds, rows / seconds, counts.get("nodes").asLong(), counts.get("rels").asLong());
        out.flush();
        return seconds;
      }
    } finally {
      deleteRecursively(dir);
    }
  }

  static List<Map<String, Object>> pairs(int n, int keys, String prefix) {
    Random random = new Random(42);
    List<Map<String, Object>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int a = random.nextInt(keys);
      int b = random.nextInt(keys - 1);
      out.add(Map.of("from", key(prefix, a), "to", key(prefix, b >= a ? b + 1 : b)));
    }
    return out;
  }

  private static String key(String prefix, int i) {
    return String.format(Locale.ROOT, "person:%s %07d", prefix, i);
  }

  /** The pairs as articles: each relation in its own sentence, each end an entity of the article. */
  static List<ExtractedArticle> articles(List<Map<String, Object>> pairs, int perArticle, String prefix) {
    Predicate rel = new Predicate("rel", "rel", "rel", "REL", false);
    List<ExtractedArticle> out = new ArrayList<>();
    for (int from = 0; from < pairs.size(); from += perArticle) {
      String id = String.format(Locale.ROOT, "%s:%07d", prefix, out.size());
      Article article = new Article(id, null, id, List.of(), null, null, "bench", null, "", id);
      Map<String, Entity> named = new LinkedHashMap<>();
      List<Relation> relations = new ArrayList<>();
      List<Map<String, Object>> slice = pairs.subList(from, Math.min(pairs.size(), from + perArticle));
      for (int i = 0; i < slice.size(); i++) {
        Argument a = argument((String) slice.get(i).get("from"), named);
        Argument b = argument((String) slice.get(i).get("to"), named);
        relations.add(new Relation(i, a, rel, b, 0.5, null, null));
      }
      out.add(new ExtractedArticle(article, List.of(), List.copyOf(named.values()), List.of(), relations, List.of()));
    }
    return out;
  }

  private static Argument argument(String key, Map<String, Entity> named) {
    named.computeIfAbsent(key, k -> new Entity(k, k, EntityType.PERSON, List.of(), List.of(), 1));
    return new Argument(key, key, EntityType.PERSON.label());
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
