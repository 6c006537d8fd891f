package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.NoSpaceException;
import org.newsgraph.ingest.ArticleReader;

/**
 * A full disk: the load stops at once and says so, Neo4j stops, the store is not opened while the
 * disk stays full, and opens with everything committed once space is freed. Runs on a small tmpfs,
 * which needs the right to mount (root); skipped elsewhere.
 */
class DiskFullIT {

  @TempDir Path mountPoint;
  @TempDir Path articles;
  private boolean mounted;

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      new ProcessBuilder("umount", mountPoint.toString()).inheritIO().start().waitFor();
    }
  }

  @Test
  void aFullDiskStopsTheLoadWithItsNameAndTheStoreRecoversOnceSpaceIsFreed() throws Exception {
    mounted = run("mount", "-t", "tmpfs", "-o", "size=112m", "tmpfs", mountPoint.toString());
    assumeThat(mounted).as("may mount a tmpfs (root on Linux)").isTrue();
    Path data = mountPoint.resolve("data");
    Files.writeString(articles.resolve("a.txt"), "Mayor opens bridge\n\nThe mayor of Lund, Anna Berg, opened the bridge.\n");

    try (EmbeddedNeo4j server = EmbeddedNeo4j.start(data, 0, -1);
         Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
      GraphStore store = new GraphStore(driver, null, server::checkSpace);
      store.applySchema();
      Path filler = fill(mountPoint, EmbeddedNeo4j.MIN_FREE_BYTES / 2);
      LoadJob load = new LoadJob(new ArticleReader(Path.of("")), GraphTestSupport.extractor(), store, System.err);
      assertThatThrownBy(() -> load.run(List.of(articles)))
          .isInstanceOf(NoSpaceException.class)
          .hasMessageContaining("no space left on the device of " + data.toAbsolutePath());
      Files.delete(filler);
      // Room for stopping cleanly again; fill once more after the stop to check the start.
    }
    Path filler = fill(mountPoint, EmbeddedNeo4j.MIN_FREE_BYTES / 2);
    assertThatThrownBy(() -> EmbeddedNeo4j.start(data, 0, -1))
        .isInstanceOf(NoSpaceException.class).hasMessageContaining("free some space");
    Files.delete(filler);

    try (EmbeddedNeo4j server = EmbeddedNeo4j.start(data, 0, -1);
         Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
      GraphStore store = new GraphStore(driver, null, server::checkSpace);
      var summary = new LoadJob(new ArticleReader(Path.of("")), GraphTestSupport.extractor(), store, System.err)
          .run(List.of(articles));
      assertThat(summary.created()).isEqualTo(1);
      long n = driver.executableQuery("MATCH (a:Article) RETURN count(a) AS n").withParameters(Map.of()).execute()
          .records().get(0).get("n").asLong();
      assertThat(n).isEqualTo(1L);
    }
  }

  @Test
  void aStoreOnAReadOnlyDiskIsNamedAsSuchWithoutTheLoggersTraces() throws Exception {
    mounted = run("mount", "-t", "tmpfs", "-o", "size=112m", "tmpfs", mountPoint.toString());
    assumeThat(mounted).as("may mount a tmpfs (root on Linux)").isTrue();
    Path data = mountPoint.resolve("data");
    EmbeddedNeo4j.start(data, 0, -1).close();
    assertThat(run("mount", "-o", "remount,ro", mountPoint.toString())).isTrue();

    assertThatThrownBy(() -> EmbeddedNeo4j.start(data, 0, -1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot write the store in " + data.toAbsolutePath())
        .hasMessageContaining("read-only");
  }

  /** Writes zeros until about {@code leave} bytes stay free. */
  private static Path fill(Path dir, long leave) throws IOException {
    Path filler = dir.resolve("filler");
    byte[] block = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (Files.getFileStore(dir).getUsableSpace() > leave + block.length) {
        out.write(block);
      }
    }
    return filler;
  }

  private static boolean run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
