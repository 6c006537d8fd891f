package org.newsgraph.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsgraph.nlp.ner.clusters.PlainTokens;
import org.newsgraph.nlp.ner.clusters.WordClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph train-clusters}: word clusters from unlabelled news (JSON Lines articles), for
 * the name finder's cluster features. Writes one {@code word-clusters-<k>.txt} per k.
 */
@Command(name = "train-clusters", mixinStandardHelpOptions = true,
    description = "Clusters the words of unlabelled news texts (JSON Lines, .jsonl or .jsonl.gz) by their neighbours.")
public final class TrainClustersCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "JSON Lines file, or a folder of them (title and text or body fields)")
  Path input;

  @Option(names = "--out", required = true, description = "folder for word-clusters-<k>.txt")
  Path out;

  @Option(names = "--k", split = ",", defaultValue = "256,1024", description = "numbers of clusters (default ${DEFAULT-VALUE})")
  int[] ks;

  @Option(names = "--min-count", defaultValue = "3", description = "words seen fewer times are left out (default ${DEFAULT-VALUE})")
  int minCount;

  @Option(names = "--context-words", defaultValue = "1000", description = "most frequent words used as neighbours (default ${DEFAULT-VALUE})")
  int contextWords;

  @Option(names = "--iterations", defaultValue = "15", description = "k-means iterations (default ${DEFAULT-VALUE})")
  int iterations;

  @Option(names = "--seed", defaultValue = "1", description = "k-means++ seed (default ${DEFAULT-VALUE})")
  long seed;

  @Spec CommandSpec spec;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    WordClusterer clusterer = new WordClusterer(
        new WordClusterer.Settings(minCount, contextWords, iterations, seed));
    long start = System.nanoTime();
    int articles = 0;
    for (Path file : files(input)) {
      try (BufferedReader reader = reader(file)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isBlank()) {
            clusterer.add(PlainTokens.of(text(JSON.readTree(line))));
            articles++;
          }
        }
      }
    }
    console.printf(Locale.ROOT, "read %d articles, %d tokens%n", articles, clusterer.tokens());
    WordClusterer.Clusters clusters = clusterer.cluster(ks);
    Files.createDirectories(out);
    for (int k : ks) {
      Path file = out.resolve("word-clusters-" + k + ".txt");
      Files.write(file, clusters.lines(k), StandardCharsets.UTF_8);
      console.printf(Locale.ROOT, "wrote %s: %d words in %d clusters%n", file, clusters.words().size(), k);
    }
    console.printf(Locale.ROOT, "took %.1f s%n", (System.nanoTime() - start) / 1e9);
    console.flush();
    return 0;
  }

  static String text(JsonNode article) {
    StringBuilder text = new StringBuilder(article.path("title").asText(""));
    for (String field : new String[] {"text", "body"}) {
      if (article.hasNonNull(field)) {
        text.append('\n').append(article.get(field).asText());
      }
    }
    return text.toString();
  }

  private static List<Path> files(Path input) throws IOException {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    try (Stream<Path> list = Files.list(input)) {
      List<Path> files = new ArrayList<>(list
          .filter(p -> p.getFileName().toString().matches(".*\\.jsonl(\\.gz)?"))
          .sorted().toList());
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no .jsonl or .jsonl.gz files in " + input);
      }
      return files;
    }
  }

  private static BufferedReader reader(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
