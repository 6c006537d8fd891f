package org.newsgraph.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.eval.carb.CarbTabbedWriter;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadSummary;
import org.newsgraph.ingest.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {
        "Prints the entities and relations of articles as JSON Lines on standard output; no database needed.",
        "Each line has a \"kind\": \"entity\" or \"relation\". Errors go to standard error.",
        "With --format carb --sentences FILE: open extractions of tokenised sentences (one per line) in",
        "CaRB's tabbed format: sentence, confidence, relation, arg1, arg2 [, arg3 ...], TAB-separated.",
        "Articles are extracted on --threads threads and printed in input order. When standard output is a file and",
        "standard error a terminal, a progress bar with rate and ETA is drawn on standard error.",
        "Exit status: 0 when every input was read, 1 when some could not be (the rest is printed)."})
final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { JSON, CARB }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
      description = "Article files (.txt, .md, .json, .jsonl, .jsonl.gz) or folders of them.")
  List<Path> inputs = List.of();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      converter = FormatConverter.class,
      description = "json (entities and relations of articles, the default) or carb (needs --sentences).")
  Format format;

  @Option(names = "--sentences", paramLabel = "FILE",
      description = "Already tokenised sentences, one per line (CaRB's dev.txt), for --format carb.")
  Path sentences;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "fast", converter = ExtractionMode.Converter.class,
      description = "With --format carb: fast (tagger and chunker, the default) or accurate (constituency"
          + " parser, about 3-4x slower).")
  ExtractionMode mode;

  @Option(names = "--threads", paramLabel = "N",
      description = "Extraction threads for articles (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (format == Format.CARB) {
      if (sentences == null || !inputs.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--format carb takes --sentences FILE and no article files");
      }
      return carb();
    }
    if (sentences != null || inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          inputs.isEmpty() ? "give article files or folders (or --format carb --sentences FILE)"
              : "--sentences needs --format carb");
    }
    return json();
  }

  private int carb() {
    List<String> lines;
    try {
      lines = Files.readAllLines(sentences, StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("error: cannot read " + sentences + ": " + e.getMessage());
      return 1;
    }
    CarbSentences extractor = Extraction.carbFromShippedModels(mode);
    Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    CarbTabbedWriter out = new CarbTabbedWriter(w);
    extractor.apply(lines.stream().filter(line -> !line.isBlank()).toList()).forEach(out::write);
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  private int json() {
    ArticleExtractor extractor = Extraction.fromShippedModels();
    ExtractJson json = new ExtractJson();
    PrintStream out = System.out;
    AtomicInteger failed = new AtomicInteger();
    ReadSummary summary;
    boolean showProgress = ProgressLine.stderrIsTerminal() && !ProgressLine.stdoutIsTerminal();
    try (ProgressLine progress = new ProgressLine(System.err, "articles", showProgress);
         ParallelExtraction<List<String>> pool = new ParallelExtraction<>(threads, threads * 4,
             article -> json.lines(extractor.extract(article)),
             result -> {
               if (result.error() == null) {
                 result.value().forEach(out::println);
               } else {
                 failed.incrementAndGet();
                 System.err.println("error: " + TerminalText.excerpt(result.article().source() + ": article "
                     + result.article().id() + ": " + result.error().getMessage(), TerminalText.EXCERPT_CHARS * 2));
               }
               progress.step();
             })) {
      progress.countInBackground(() -> countArticles(inputs), showProgress);
      summary = new ArticleReader(Path.of("")).read(inputs, pool::submit, problem -> {
        failed.incrementAndGet();
        System.err.println("error: " + problem.describe());
      });
      pool.finish();
    }
    out.flush();
    return failed.get() == 0 && summary.problems() == 0 ? 0 : 1;
  }

  /** The number of articles in the inputs (read without NLP), for the progress bar's total. */
  static long countArticles(List<Path> inputs) {
    long[] n = {0};
    new ArticleReader(Path.of("")).read(inputs, a -> n[0]++, p -> {});
    return n[0];
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use json or carb");
      }
    }
  }
}
