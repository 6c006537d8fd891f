package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load killed with SIGKILL half-way, then the same load again, gives exactly the graph of a
 * clean load: committed batches are whole articles and are skipped by hash; the batch in flight
 * is rolled back by Neo4j's recovery.
 */
class CrashReloadIT {

  private static final int ARTICLES = 40;
  private static final int KILL_AFTER = 8;

  @TempDir Path dir;

  @Test
  void reloadAfterKillGivesTheCleanGraph() throws Exception {
    Path corpus = TestCorpus.write(dir.resolve("corpus.jsonl"), ARTICLES);
    Path crashed = dir.resolve("crashed");

    int committedBeforeKill = loadInChildAndKill(crashed, corpus);
    assertThat(committedBeforeKill).isBetween(KILL_AFTER, ARTICLES - 1);

    List<String> recovered;
    try (GraphTestSupport graph = new GraphTestSupport(crashed)) {
      // A batch may commit between the child's last line and the kill: the store is the truth.
      long survived = graph.count("MATCH (a:Article) RETURN count(a)");
      assertThat(survived).isBetween((long) committedBeforeKill, (long) ARTICLES - 1);
      assertThat(survived % 4).as("whole batches of 4 articles, never part of one").isZero();
      LoadJob.Summary again = graph.load(corpus);
      assertThat(again.unchanged()).isEqualTo(survived);
      assertThat(again.created()).isEqualTo(ARTICLES - survived);
      recovered = graph.snapshot();
    }
    try (GraphTestSupport clean = new GraphTestSupport(dir.resolve("clean"))) {
      clean.load(corpus);
      assertThat(recovered).isEqualTo(clean.snapshot());
    }
  }

  /** Starts {@link CrashingLoad} in a child JVM, kills it (SIGKILL) mid-load; returns the articles it committed. */
  private static int loadInChildAndKill(Path dataDir, Path corpus) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        CrashingLoad.class.getName(), dataDir.toString(), corpus.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    int committed = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals("finished")) {
          throw new AssertionError("the child finished before it could be killed");
        }
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
          if (committed >= KILL_AFTER) {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean store shutdown
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).as("killed, not exited").isNotZero();
    return committed;
  }
}
