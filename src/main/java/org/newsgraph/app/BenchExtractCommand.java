package org.newsgraph.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench extract}: end-to-end extraction speed (read → NLP → entities → relations
 * → JSON Lines) on N threads, with the machine and the peak heap. Models are loaded (and timed)
 * before the clock starts; everything after, including reading and decompressing the input and
 * writing JSON, is timed. Then where the time went ({@link ExtractTimings}): the share of each
 * stage, and the CPU time the process and the extraction threads had, which tells a slow machine
 * from a busy one.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Measures extraction speed end to end on N threads: sentences/s, tokens/s, articles/s, relations/s and peak heap;",
        "then the share of each stage (sentences, tokens, POS tags, chunks, lemmas, names, rules, JSON) and the CPU time used",
        "(on a machine shared with other jobs, CPU ms per sentence varies less than sentences/s).",
        "Default input: the news corpora in ../shared/eval/news; exits 0 with a message when they are not there."})
final class BenchExtractCommand implements Callable<Integer> {

  static final Path DEFAULT_INPUT = Path.of("..", "shared", "eval", "news");

  @Option(names = "--input", paramLabel = "FILE|DIR", description = "Articles to extract (default: ${DEFAULT-VALUE}).")
  List<Path> inputs = List.of(DEFAULT_INPUT);

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--limit", paramLabel = "N", description = "Stop after N articles (default: all).")
  long limit = Long.MAX_VALUE;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the JSON Lines here (default: counted, then dropped).")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> missing = inputs.stream().filter(p -> !Files.exists(p)).toList();
    if (!missing.isEmpty()) {
      out.println("bench extract: no input at " + missing.get(0).toAbsolutePath().normalize()
          + "; nothing measured. Give --input FILE|DIR.");
      out.flush();
      return 0;
    }
    out.println(HeapMeter.machine());
    LongAdder tokens = new LongAdder();
    ExtractTimings timings = new ExtractTimings();
    long loadStart = System.nanoTime();
    ArticleExtractor extractor = Extraction.fromShippedModels(tokens, timings.nlp);
    out.printf(Locale.ROOT, "models loaded in %.1f s; %d extraction thread(s)%n", (System.nanoTime() - loadStart) / 1e9, threads);
    out.flush();

    Counts counts = new Counts();
    ExtractJson json = new ExtractJson();
    tokens.reset();
    long start;
    int files;
    try (Writer sink = output == null ? Writer.nullWriter() : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
         HeapMeter heap = new HeapMeter();
         ProgressLine progress = new ProgressLine(System.err, "articles", ProgressLine.stderrIsTerminal());
         ParallelExtraction<Extracted> pool = new ParallelExtraction<>(threads, threads * 8,
             article -> {
               ExtractedArticle x = timings.extract(() -> extractor.extract(article));
               return new Extracted(x, timings.json(() -> String.join("\n", json.lines(x))));
             },
             result -> {
               counts.add(result, sink);
               progress.step();
             })) {
      start = System.nanoTime();
      timings.start();
      files = readUpToLimit(pool, counts, timings);
      timings.submit(pool::finish);
      double seconds = (System.nanoTime() - start) / 1e9;
      progress.close();
      report(out, files, counts, tokens.sum(), seconds, heap.peakMb());
      timings.report(out, seconds, threads, counts.sentences);
      out.flush();
    }
    return 0;
  }

  /** Reads and submits articles until --limit; returns the files read, or -1 when stopped early. */
  private int readUpToLimit(ParallelExtraction<Extracted> pool, Counts counts, ExtractTimings timings) {
    try {
      ReadSummary read = new ArticleReader(Path.of("")).read(inputs, article -> {
        if (counts.submitted == limit) {
          throw new LimitReached();
        }
        counts.submitted++;
        timings.submit(() -> pool.submit(article));
      }, problem -> counts.problems++);
      return read.files();
    } catch (LimitReached stop) {
      return -1;
    }
  }

  /** Stops the reader at --limit (the reader lets a consumer's exception through). */
  private static final class LimitReached extends RuntimeException {
    LimitReached() {
      super(null, null, false, false);
    }
  }

  private void report(PrintWriter out, int files, Counts c, long tokens, double seconds, long peakMb) {
    out.printf(Locale.ROOT, "input: %s%s, %d article(s) extracted, %d failed, %d read problem(s)%n",
        inputs, files < 0 ? " (stopped at --limit)" : " (" + files + " file(s))", c.articles, c.failed, c.problems);
    out.printf(Locale.ROOT, "extracted %d sentences, %d tokens, %d entities, %d relations in %.1f s (%d JSON lines, %d MB)%n",
        c.sentences, tokens, c.entities, c.relations, seconds, c.lines, c.bytes >> 20);
    out.printf(Locale.ROOT, "speed: %.0f sentences/s, %.0f tokens/s, %.1f articles/s, %.0f relations/s on %d thread(s)%n",
        c.sentences / seconds, tokens / seconds, c.articles / seconds, c.relations / seconds, threads);
    out.printf(Locale.ROOT, "peak heap: %d MB%n", peakMb);
    out.flush();
  }

  private record Extracted(ExtractedArticle article, String jsonLines) {}

  /** Totals, updated on the consumer thread only (read after {@code finish()}). */
  private static final class Counts {
    long submitted;
    long problems;
    long articles;
    long failed;
    long sentences;
    long entities;
    long relations;
    long lines;
    long bytes;

    void add(ParallelExtraction.Result<Extracted> result, Writer sink) {
      if (result.error() != null) {
        failed++;
        return;
      }
      ExtractedArticle x = result.value().article();
      articles++;
      sentences += x.sentences().size();
      entities += x.entities().size();
      relations += x.relations().size();
      String text = result.value().jsonLines();
      if (!text.isEmpty()) {
        lines += x.entities().size() + x.relations().size();
        bytes += text.length() + 1;
        try {
          sink.write(text);
          sink.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
