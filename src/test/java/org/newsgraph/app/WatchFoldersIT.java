package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.IngestLedger;
import org.newsgraph.graph.IngestRun;
import org.newsgraph.ingest.Article;
import org.newsgraph.schedule.ArticleLoader;
import org.newsgraph.schedule.FolderSource;
import org.newsgraph.schedule.Source;
import org.newsgraph.schedule.Watcher;

/** Watched folders against the real embedded Neo4j: polls, updates, wire copies, restarts, two watchers. */
class WatchFoldersIT {

  @TempDir static Path dataDir;
  @TempDir Path folder;
  static GraphTestSupport graph;
  static IngestLedger ledger;
  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

  @BeforeAll
  static void start() {
    graph = new GraphTestSupport(dataDir);
    ledger = new IngestLedger(graph.driver, null);
  }

  @BeforeEach
  void emptyGraph() {
    graph.query("MATCH (n) DETACH DELETE n", Map.of());
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  private JobLoader loader() {
    return new JobLoader(GraphTestSupport::extractor, graph.store, ledger, log, LoadJob.Options.defaults(), Duration.ofDays(7));
  }

  private Watcher watcher(ArticleLoader loader, Source... sources) {
    return new Watcher(List.of(sources), loader, ledger, Clock.systemUTC(), log);
  }

  private FolderSource source() {
    return new FolderSource(folder, folder.toString());
  }

  private Path write(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    boolean existed = Files.exists(file);
    FileTime before = existed ? Files.getLastModifiedTime(file) : null;
    Files.writeString(file, text, StandardCharsets.UTF_8);
    if (existed) { // a rewrite within the clock's resolution must still look modified
      Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2_000));
    }
    return file;
  }

  private static String story(String headline, String verb) {
    return headline + "\n\nMayor Elena Costa " + verb + " Nordhaven Shipping on Monday. The harbour board met in"
        + " the old customs house to discuss the new quay, the dredging of the channel and the cost of the"
        + " winter repairs. Council members asked for a report on the ferry timetable before the vote in"
        + " March, and the port director promised figures on cargo volumes and jobs by the end of the month.\n";
  }

  private List<String> articleGraph() {
    return graph.snapshot().stream()
        .filter(l -> !l.contains("IngestRun") && !l.contains("Source") && !l.contains("HAD_RUN"))
        .toList();
  }

  @Test
  void newFilesLoadOnceAndRepeatedPollsAddNothing() throws Exception {
    write("a.txt", story("Port News", "praised"));
    Watcher watcher = watcher(loader(), source());

    List<IngestRun> first = watcher.pollOnce();
    List<String> afterFirst = articleGraph();
    List<IngestRun> second = watcher.pollOnce();

    assertThat(first).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(IngestRun.DONE);
      assertThat(r.created()).isEqualTo(1);
      assertThat(r.finished()).isNotNull();
    });
    assertThat(second).singleElement().satisfies(r -> assertThat(r.created() + r.updated()).isZero());
    assertThat(articleGraph()).isEqualTo(afterFirst);
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isEqualTo(1);
    assertThat(graph.count("MATCH (:Source {id: $id})-[:HAD_RUN]->(r:IngestRun {status: 'done'}) RETURN count(r)",
        Map.of("id", folder.toString()))).isEqualTo(2);
  }

  @Test
  void aNewWatcherSkipsWhatIsLoadedAndLoadsWhatIsNew() throws Exception {
    write("a.txt", story("Port News", "praised"));
    watcher(loader(), source()).pollOnce();
    write("b.txt", "Council News\n\nGovernor Paulo Reis thanked Mayor Elena Costa.\n");

    List<IngestRun> restarted = watcher(loader(), source()).pollOnce();

    assertThat(restarted).singleElement().satisfies(r -> {
      assertThat(r.created()).isEqualTo(1);
      assertThat(r.skipped()).isEqualTo(1);
    });
    assertThat(graph.count("MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
  }

  @Test
  void changedFileUpdatesItsArticleOnly() throws Exception {
    write("a.txt", story("Port News", "praised"));
    write("b.txt", "Council News\n\nGovernor Paulo Reis thanked Mayor Elena Costa.\n");
    Watcher watcher = watcher(loader(), source());
    watcher.pollOnce();

    write("a.txt", story("Port News", "criticized"));
    IngestRun run = watcher.pollOnce().get(0);

    assertThat(run.updated()).isEqualTo(1);
    assertThat(run.created()).isZero();
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isZero();
    assertThat(graph.count("MATCH ()-[r:CRITICIZE]->() RETURN count(r)")).isEqualTo(1);
    assertThat(graph.count("MATCH ()-[r:THANK]->() RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void wireCopyIsLinkedNotLoadedAgain() throws Exception {
    write("a.txt", story("Mayor praises shipping firm", "praised"));
    write("b.txt", story("Nordhaven Shipping wins praise from the mayor", "praised")
        + "\nShare this story with your friends.\n");

    IngestRun run = watcher(loader(), source()).pollOnce().get(0);

    assertThat(run.created()).isEqualTo(1);
    assertThat(run.duplicates()).isEqualTo(1);
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isEqualTo(1);
    var copy = graph.query("""
        MATCH (c:Article)-[s:SAME_STORY_AS]->(o:Article)
        RETURN c.id AS copy, o.id AS original, s.similarity AS similarity,
               EXISTS { (c)-[:HAS_SENTENCE]->() } AS hasSentences""", Map.of());
    assertThat(copy).singleElement().satisfies(r -> {
      assertThat(r.get("copy").asString()).endsWith("b.txt");
      assertThat(r.get("original").asString()).endsWith("a.txt");
      assertThat(r.get("similarity").asDouble()).isGreaterThanOrEqualTo(0.7);
      assertThat(r.get("hasSentences").asBoolean()).isFalse();
    });
    assertThat(watcher(loader(), source()).pollOnce().get(0).created()).isZero();
  }

  @Test
  void aWireCopyIsLookedForAmongTheArticlesLoadedWithinTheWindow() throws Exception {
    write("a.txt", story("Mayor praises shipping firm", "praised"));
    Watcher watcher = watcher(loader(), source());
    assertThat(watcher.pollOnce().get(0).created()).isEqualTo(1);
    String loadedAt = "MATCH (a:Article) WHERE a.id ENDS WITH 'a.txt' SET a.loadedAt = datetime() - duration($ago)";

    graph.query(loadedAt, Map.of("ago", "P6D"));
    write("b.txt", story("Nordhaven Shipping wins praise from the mayor", "praised") + "\nShare this story.\n");
    IngestRun inside = watcher.pollOnce().get(0);
    assertThat(inside.duplicates()).isEqualTo(1);
    assertThat(inside.created()).isZero();

    graph.query(loadedAt, Map.of("ago", "P8D"));
    write("c.txt", story("Shipping firm praised by the mayor", "praised") + "\nFollow us for more.\n");
    IngestRun outside = watcher.pollOnce().get(0);
    assertThat(outside.duplicates()).isZero();
    assertThat(outside.created()).isEqualTo(1);
    assertThat(graph.query("MATCH (c:Article) WHERE c.id ENDS WITH 'c.txt' "
        + "RETURN c.copyOf AS copyOf, EXISTS { (c)-[:HAS_SENTENCE]->() } AS hasSentences", Map.of()))
        .singleElement().satisfies(r -> {
          assertThat(r.get("copyOf").isNull()).isTrue();
          assertThat(r.get("hasSentences").asBoolean()).isTrue();
        });
  }

  @Test
  void removingAnOriginalRemovesItsWireCopiesWhichLoadAgainOnTheirOwn() throws Exception {
    write("a.txt", story("Mayor praises shipping firm", "praised"));
    Path copy = write("b.txt", story("Nordhaven Shipping wins praise from the mayor", "praised")
        + "\nShare this story with your friends.\n");
    Watcher watcher = watcher(loader(), source());
    assertThat(watcher.pollOnce().get(0).duplicates()).isEqualTo(1);
    String original = graph.query("MATCH (o:Article) WHERE o.copyOf IS NULL RETURN o.id AS id", Map.of())
        .get(0).get("id").asString();
    String copyId = graph.query("MATCH (c:Article) WHERE c.copyOf IS NOT NULL RETURN c.id AS id", Map.of())
        .get(0).get("id").asString();

    GraphStore.Removal removal = graph.store.remove(original);

    assertThat(removal.found()).isTrue();
    assertThat(removal.copies()).containsExactly(copyId);
    assertThat(graph.count("MATCH (a:Article) RETURN count(a)")).isZero();
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isZero();

    // The copy's file is read again (here: touched), and with its original gone it is an article of its own.
    Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() + 2_000));
    IngestRun run = watcher.pollOnce().get(0);
    assertThat(run.created()).isEqualTo(1);
    assertThat(run.duplicates()).isZero();
    assertThat(graph.query("MATCH (a:Article) RETURN a.id AS id, a.copyOf AS copyOf, "
        + "EXISTS { (a)-[:HAS_SENTENCE]->() } AS hasSentences", Map.of()))
        .singleElement().satisfies(r -> {
          assertThat(r.get("id").asString()).isEqualTo(copyId);
          assertThat(r.get("copyOf").isNull()).isTrue();
          assertThat(r.get("hasSentences").asBoolean()).isTrue();
        });
    assertThat(graph.count("MATCH ()-[r:PRAISE]->() RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void aPollStoppedHalfwayLosesNothingAfterRestart() throws Exception {
    for (int i = 0; i < 4; i++) {
      write("n" + i + ".txt", "Town News " + i + "\n\nMayor Elena Costa met Governor Paulo Reis in Town" + i + ".\n");
    }
    // The first process dies after the loader wrote two files: the rest of that poll never happens.
    ArticleLoader dying = new ArticleLoader() {
      final JobLoader real = loader();

      @Override
      public Loaded loadFiles(List<Path> files) {
        real.loadFiles(files.subList(0, 2));
        throw new IllegalStateException("killed");
      }

      @Override
      public Loaded loadArticles(List<Article> articles) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean removeIfContent(String id, String sha256) {
        throw new UnsupportedOperationException();
      }
    };
    assertThat(watcher(dying, source()).pollOnce().get(0).status()).isEqualTo(IngestRun.FAILED);

    IngestRun restarted = watcher(loader(), source()).pollOnce().get(0);
    List<String> resumed = articleGraph();
    emptyGraph();
    watcher(loader(), source()).pollOnce();

    assertThat(restarted.created()).isEqualTo(2);
    assertThat(restarted.skipped()).isEqualTo(2);
    assertThat(resumed).isEqualTo(articleGraph());
  }

  @Test
  void twoWatchersOnOneDatabaseLoadEachArticleOnce() throws Exception {
    for (int i = 0; i < 3; i++) {
      write("n" + i + ".txt", "Town News " + i + "\n\nMayor Elena Costa met Governor Paulo Reis in Town" + i + ".\n");
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<List<IngestRun>>> both = List.of(
          () -> watcher(loader(), source()).pollOnce(), () -> watcher(loader(), source()).pollOnce());
      List<IngestRun> runs = new ArrayList<>();
      for (Future<List<IngestRun>> f : pool.invokeAll(both)) {
        runs.addAll(f.get());
      }
      assertThat(runs.stream().mapToLong(IngestRun::created).sum()).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
    assertThat(graph.count("MATCH (a:Article) RETURN count(a)")).isEqualTo(3);
    assertThat(graph.count("MATCH (s:Sentence) RETURN count(s)")).isEqualTo(6);
  }

  @Test
  void badSourcesAreRecordedAndTheOthersCarryOn() throws Exception {
    write("a.txt", story("Port News", "praised"));
    write("empty.txt", "");
    Path missing = folder.resolve("missing");
    Watcher watcher = watcher(loader(), new FolderSource(missing, missing.toString()), source());

    List<IngestRun> runs = watcher.pollOnce();

    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).status()).isEqualTo(IngestRun.FAILED);
    assertThat(runs.get(0).failures()).singleElement().asString().contains("missing").contains("no such");
    assertThat(runs.get(1).created()).isEqualTo(1);
    assertThat(runs.get(1).failures()).singleElement().asString().contains("empty.txt").contains("empty file");
    assertThat(ledger.lastRuns(5)).extracting(IngestRun::status).containsExactlyInAnyOrder("failed", "done");
    assertThat(watcher.pollOnce().get(1).failed()).as("an unchanged bad file is reported once").isZero();
  }

  @Test
  void leaseOfAWatcherThatDiedExpiresAndItsRunIsMarkedInterrupted() {
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(ledger.claim("feed-x", "feed", "a", t0, Watcher.LEASE)).isTrue();
    ledger.startRun("run-a", "feed-x", "a", t0);

    assertThat(ledger.claim("feed-x", "feed", "b", t0.plus(Duration.ofMinutes(1)), Watcher.LEASE)).isFalse();
    assertThat(ledger.claim("feed-x", "feed", "b", t0.plus(Duration.ofMinutes(3)), Watcher.LEASE)).isTrue();
    assertThat(ledger.lastRuns(1)).singleElement().extracting(IngestRun::status).isEqualTo(IngestRun.INTERRUPTED);
    assertThat(ledger.claim("feed-x", "feed", "a", t0.plus(Duration.ofMinutes(4)), Watcher.LEASE)).isFalse();
  }

  @Test
  void onAnEmbeddedStoreWhatAKilledProcessLeftIsTakenOverAtOnce() {
    Instant t0 = Instant.now();
    assertThat(ledger.claim("feed-y", "feed", "killed", t0, Watcher.LEASE)).isTrue();
    ledger.startRun("run-killed", "feed-y", "killed", t0);

    ledger.abandonAll(t0.plusSeconds(5));

    assertThat(ledger.lastRuns(1)).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(IngestRun.INTERRUPTED);
      assertThat(r.finished()).isNotNull();
    });
    assertThat(ledger.claim("feed-y", "feed", "restarted", t0.plusSeconds(6), Watcher.LEASE)).isTrue();
  }

  @Test
  void aPollCutShortRecordsWhatItHadCommitted() throws Exception {
    Path first = write("a.txt", "Port reopens\n\nThe port of Lund reopened on Monday, its director Anna Berg said.\n");
    Path second = write("b.txt", "Bridge closes\n\nThe Oresund bridge closed for repairs, Olaf Lind said.\n");
    java.util.concurrent.CountDownLatch halfway = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
    Source slow = new Source() {
      @Override
      public String id() {
        return "slow-folder";
      }

      @Override
      public String kind() {
        return "folder";
      }

      @Override
      public Poll poll(ArticleLoader loader) {
        ArticleLoader.Loaded loaded = loader.loadFiles(List.of(first, second));
        halfway.countDown();
        try {
          never.await(); // a long poll that Ctrl-C cuts short
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new Poll(loaded, 0, List.of(), List.of());
      }
    };
    JobLoader loader = loader();
    loader.loadFiles(List.of(write("earlier.txt", "Earlier\n\nA ferry from Malmo arrived late.\n")));
    Watcher watcher = watcher(loader, slow);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      pool.submit(watcher::pollOnce);
      assertThat(halfway.await(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

      watcher.abandon();

      assertThat(ledger.lastRuns(5)).filteredOn(r -> r.source().equals("slow-folder")).singleElement().satisfies(r -> {
        assertThat(r.status()).isEqualTo(IngestRun.INTERRUPTED);
        assertThat(r.created()).isEqualTo(2);
        assertThat(r.skipped()).isZero();
      });
    } finally {
      never.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
  }
}
