package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleReader;

/**
 * Batched, multi-threaded loading gives exactly the graph of a one-by-one, one-thread load, and
 * loading again changes nothing.
 */
class LoadBatchingIT {

  @TempDir static Path dir;
  static Path corpus;
  static GraphTestSupport graph;

  @BeforeAll
  static void start() throws Exception {
    corpus = TestCorpus.write(dir.resolve("corpus.jsonl"), 60);
    graph = new GraphTestSupport(dir.resolve("data"));
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  private LoadJob.Summary load(LoadJob.Options options) {
    return new LoadJob(new ArticleReader(Path.of("")), GraphTestSupport::extractor, graph.store, System.err, options)
        .run(List.of(corpus));
  }

  @Test
  void batchesAndThreadsGiveTheOneByOneGraph() {
    graph.query("MATCH (n) DETACH DELETE n", java.util.Map.of());
    LoadJob.Summary oneByOne = load(LoadJob.Options.defaults().withThreads(1).withBatchArticles(1));
    List<String> expected = graph.snapshot();
    assertThat(oneByOne.created()).isEqualTo(60);
    assertThat(graph.count("MATCH (e:Entity)<-[:MENTIONS]-(s1), (e)<-[:MENTIONS]-(s2) "
        + "WHERE s1.articleId <> s2.articleId RETURN count(DISTINCT e)")).as("entities shared by articles").isPositive();
    assertThat(graph.count("MATCH (:Entity)-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)")).isPositive();

    graph.query("MATCH (n) DETACH DELETE n", java.util.Map.of());
    LoadJob.Summary batched = load(LoadJob.Options.defaults().withThreads(2).withBatchArticles(16));
    assertThat(batched.created()).isEqualTo(60);
    assertThat(batched.problems()).isEmpty();
    assertThat(graph.snapshot()).isEqualTo(expected);
  }

  @Test
  void loadingTwiceChangesNothing() {
    graph.query("MATCH (n) DETACH DELETE n", java.util.Map.of());
    load(LoadJob.Options.defaults());
    List<String> first = graph.snapshot();
    LoadJob.Summary again = load(LoadJob.Options.defaults());
    assertThat(again.unchanged()).isEqualTo(60);
    assertThat(again.created() + again.replaced()).isZero();
    assertThat(graph.snapshot()).isEqualTo(first);
  }
}
