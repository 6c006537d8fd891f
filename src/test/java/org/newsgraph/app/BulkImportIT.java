package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleReader;

/**
 * {@code import} builds the graph that {@code load} builds of the same articles, identity
 * included (every node with its labels and properties, every relationship with its type and
 * properties, but not load times); a later {@code load} of the same input finds every article
 * unchanged and changes nothing; a store that holds anything is refused and left as it was. On
 * generated articles that share people and organisations (with a surname written alone), and on
 * the first 300 Reuters articles of {@code ../shared/eval/news} (skipped when absent, never copied
 * here).
 */
class BulkImportIT {

  private static final Path REUTERS = Path.of("..", "shared", "eval", "news", "reuters21578_19043.jsonl.gz");

  @TempDir Path dir;

  @Test
  void importGivesLoadsGraphOfGeneratedArticles() throws IOException {
    Path corpus = TestCorpus.write(dir.resolve("corpus.jsonl"), 120);
    // Surnames written alone in articles that do not name the person: decided across articles.
    Files.write(corpus, List.of(
        "{\"id\": \"s1\", \"title\": \"Ferry deal\", \"text\": \"Sofia Vranjes praised Atlas Rail on Friday.\"}",
        "{\"id\": \"s2\", \"title\": \"Ferry deal signed\", \"text\": \"Vranjes thanked Meridian Bank on Monday.\"}",
        "{\"id\": \"s3\", \"title\": \"Port vote\", \"text\": \"Okafor warned Nordhaven Shipping on Tuesday.\"}",
        "{\"id\": \"broken\", \"title\": "), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    List<String> imported = importAndCheck(corpus, 123, 1);
    assertThat(imported).as("surnames decided across articles after the import")
        .anyMatch(l -> l.contains("joinedFrom=entity:vranjes"))
        .anyMatch(l -> l.startsWith("MAYBE_SAME_AS entity:okafor"));
    assertSameGraph(imported, loaded(corpus, LoadJob.Options.defaults()));
  }

  /**
   * The files of {@code export}, imported by the command line it prints (run through Neo4j's own
   * admin tool, as {@code neo4j-admin} runs it) and then settled, give {@code import}'s graph;
   * settling again changes nothing.
   */
  @Test
  void exportedFilesImportedAsPrintedAndSettledGiveImportsGraph() throws IOException {
    Path corpus = TestCorpus.write(dir.resolve("corpus.jsonl"), 40);
    Files.write(corpus, List.of(
        "{\"id\": \"s1\", \"title\": \"Ferry deal\", \"text\": \"Sofia Vranjes praised Atlas Rail on Friday.\"}",
        "{\"id\": \"s2\", \"title\": \"Ferry deal signed\", \"text\": \"Vranjes thanked Meridian Bank on Monday.\"}"),
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Path out = dir.resolve("csv");
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stdout = System.out;
    int status;
    System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      status = Main.commandLine().execute("export", "--format", "neo4j-admin", out.toString(), corpus.toString());
    } finally {
      System.setOut(stdout);
    }
    assertThat(status).isZero();
    String text = printed.toString(StandardCharsets.UTF_8);
    String command = text.substring(text.indexOf("neo4j-admin database import full")).replace("\\\n", " ").strip();
    List<String> args = new ArrayList<>(List.of(command.split("\\s+")));
    assertThat(args.subList(0, 4)).containsExactly("neo4j-admin", "database", "import", "full");
    Path home = dir.resolve("server");
    Files.createDirectories(home.resolve("conf"));
    args.add("--report-file=" + dir.resolve("import.report"));
    int imported = org.neo4j.cli.AdminTool.execute(new org.neo4j.cli.ExecutionContext(home, home.resolve("conf")),
        args.subList(1, args.size()).toArray(String[]::new));
    assertThat(imported).as("neo4j-admin's status").isZero();
    assertThat(Main.commandLine().execute("settle", "--data", home.toString(), "--bolt-port", "0")).isZero();
    List<String> settled = snapshot(home);
    assertThat(Main.commandLine().execute("settle", "--data", home.toString(), "--bolt-port", "0")).isZero();
    assertThat(snapshot(home)).as("settled twice").isEqualTo(settled);
    assertThat(settled).anyMatch(l -> l.contains("joinedFrom=entity:vranjes"));
    Path store = dir.resolve("imported");
    assertThat(Main.commandLine().execute("import", corpus.toString(), "--data", store.toString())).isZero();
    assertSameGraph(settled, snapshot(store));
  }

  private static List<String> snapshot(Path store) {
    try (GraphTestSupport graph = new GraphTestSupport(store)) {
      return graph.snapshot();
    }
  }

  /** When the importer fails, the store folder is left as it was: absent, or empty. */
  @Test
  void aFailedImportLeavesNoStore() throws IOException {
    Path corpus = TestCorpus.write(dir.resolve("small.jsonl"), 3);
    Path absent = dir.resolve("absent");
    int status = Main.commandLine().execute("import", corpus.toString(), "--data", absent.toString(),
        "--import-memory", "plenty");
    assertThat(status).isEqualTo(1);
    assertThat(absent).doesNotExist();
    Path empty = Files.createDirectories(dir.resolve("empty"));
    status = Main.commandLine().execute("import", corpus.toString(), "--data", empty.toString(),
        "--import-memory", "plenty");
    assertThat(status).isEqualTo(1);
    assertThat(empty).isEmptyDirectory();
  }

  /**
   * Compared with a default load (batches of 100 articles) and with a load in one batch. Before a
   * short name was decided whichever of its two sides was written, the default load differed in
   * one entity ("Trust Co", article 172, not joined to "Standard Trustco", article 40).
   */
  @Test
  void importGivesLoadsGraphOfReutersArticles() throws IOException {
    assumeTrue(Files.isReadable(REUTERS), "Reuters corpus not found at " + REUTERS.toAbsolutePath().normalize());
    Path corpus = dir.resolve("reuters300.jsonl");
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(REUTERS)), StandardCharsets.UTF_8))) {
      for (String line; lines.size() < 300 && (line = in.readLine()) != null; ) {
        lines.add(line);
      }
    }
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    List<String> imported = importAndCheck(corpus, 300, 0);
    assertSameGraph(imported, loaded(corpus, LoadJob.Options.defaults().withThreads(2)));
    assertSameGraph(imported, loaded(corpus, new LoadJob.Options(2, 256, 100_000, 100_000_000, false)));
  }

  /** Imports, checks the refusal and the re-load, and returns the imported graph's snapshot. */
  private List<String> importAndCheck(Path corpus, int articles, int problems) {
    Path store = dir.resolve("imported");
    int status = Main.commandLine().execute("import", corpus.toString(), "--data", store.toString(), "--threads", "2");
    assertThat(status).isEqualTo(problems == 0 ? 0 : 1);
    List<String> imported;
    try (GraphTestSupport graph = new GraphTestSupport(store)) {
      imported = graph.snapshot();
      assertThat(graph.count("MATCH (a:Article) RETURN count(a)")).isEqualTo(articles);
      LoadJob.Summary again = graph.load(corpus);
      assertThat(again.unchanged()).as("articles a later load finds unchanged").isEqualTo(articles);
      assertThat(again.created() + again.replaced()).isZero();
      assertThat(again.problems()).hasSize(problems);
      assertThat(graph.snapshot()).as("the graph after a later load").isEqualTo(imported);
    }
    int refused = Main.commandLine().execute("import", corpus.toString(), "--data", store.toString());
    assertThat(refused).as("an import into a store that holds a graph").isEqualTo(1);
    try (GraphTestSupport graph = new GraphTestSupport(store)) {
      assertThat(graph.snapshot()).as("the refused store").isEqualTo(imported);
    }
    return imported;
  }

  private List<String> loaded(Path corpus, LoadJob.Options options) {
    try (GraphTestSupport graph = new GraphTestSupport(dir.resolve("loaded-" + options.batchArticles()))) {
      new LoadJob(new ArticleReader(Path.of("")), GraphTestSupport::extractor, graph.store, System.err, options)
          .run(List.of(corpus));
      return graph.snapshot();
    }
  }

  /** The same lines, or the first lines that differ each way (the whole graphs are too long to print). */
  private static void assertSameGraph(List<String> imported, List<String> loaded) {
    TreeSet<String> onlyImported = new TreeSet<>(imported);
    onlyImported.removeAll(loaded);
    TreeSet<String> onlyLoaded = new TreeSet<>(loaded);
    onlyLoaded.removeAll(imported);
    assertThat(onlyImported.stream().limit(20).toList()).as("in the imported graph only").isEmpty();
    assertThat(onlyLoaded.stream().limit(20).toList()).as("in the loaded graph only").isEmpty();
    assertThat(imported).as("the imported graph, line by line (duplicates included)").isEqualTo(loaded);
    assertThat(imported.size()).isGreaterThan(100);
  }
}
