package org.newsgraph.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsgraph.eval.carb.CarbExtraction;
import org.newsgraph.eval.carb.CarbFormatException;
import org.newsgraph.eval.carb.CarbGoldReader;
import org.newsgraph.eval.carb.CarbReader;
import org.newsgraph.eval.carb.CarbResult;
import org.newsgraph.eval.carb.CarbScorer;
import org.newsgraph.eval.carb.CarbTabbedReader;
import org.newsgraph.eval.carb.OpenIeReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval carb}: scores Open IE extractions against CaRB gold and prints precision,
 * recall and F1 at the optimal threshold, and the area under the precision/recall curve.
 *
 * <p>The extractions come from a system output file ({@code --system}) or from running an extractor
 * (sentences in, extractions out) over a sentence file ({@code --sentences}): NewsGraph's open
 * extractor by default, another one through the package-private constructor.
 */
@Command(
    name = "carb",
    mixinStandardHelpOptions = true,
    description = "Scores Open IE extractions on the CaRB benchmark: P, R, F1 (optimal) and AUC.")
public final class EvalCarbCommand implements Callable<Integer> {

  /** System output formats that {@code --system-format} accepts. */
  enum SystemFormat {
    TABBED(new CarbTabbedReader()),
    OPENIE5(new OpenIeReader());

    final CarbReader reader;

    SystemFormat(CarbReader reader) {
      this.reader = reader;
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "CaRB gold: sentence, relation, arguments, TAB-separated.")
  Path gold;

  @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  /** Either a system output to score or sentences to run NewsGraph's own open extractor on. */
  static final class Input {
    @Option(names = "--system", paramLabel = "FILE", description = "System extractions to score.")
    Path system;

    @Option(names = "--sentences", paramLabel = "FILE",
        description = "Sentences, one per line and already tokenised (CaRB's dev.txt): runs NewsGraph's"
            + " open extractor on them and scores its extractions.")
    Path sentences;
  }

  @Option(names = "--system-format", paramLabel = "FORMAT", defaultValue = "tabbed",
      converter = FormatConverter.class,
      description = "tabbed (sentence, confidence, relation, arguments) or openie5 "
          + "(OpenIE-4/5 SimpleArgument(...) lines). Default: ${DEFAULT-VALUE}.")
  SystemFormat systemFormat;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "fast", converter = ExtractionMode.Converter.class,
      description = "With --sentences: fast (tagger and chunker, the default) or accurate (constituency"
          + " parser, about 3-4x slower).")
  ExtractionMode mode;

  /** The extractor for {@code --sentences}; null for NewsGraph's own, in the chosen mode. */
  private final Function<List<String>, List<CarbExtraction>> extractor;

  public EvalCarbCommand() {
    this(null);
  }

  EvalCarbCommand(Function<List<String>, List<CarbExtraction>> extractor) {
    this.extractor = extractor;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (input.system != null && mode != ExtractionMode.FAST) {
      err.println("carb: --mode applies to --sentences only; --system files are scored as they are");
      return 2;
    }
    try {
      List<CarbExtraction> goldExtractions = new CarbGoldReader().read(gold);
      long started = System.nanoTime();
      List<CarbExtraction> systemExtractions = input.system != null
          ? systemFormat.reader.read(input.system)
          : extract(input.sentences);
      double seconds = (System.nanoTime() - started) / 1e9;
      print(new CarbScorer().score(goldExtractions, systemExtractions), out);
      if (input.sentences != null) {
        long n = systemExtractions.stream().map(CarbExtraction::sentence).distinct().count();
        out.printf(Locale.ROOT, "extraction: %.1f s (models included) for the sentences of %s;"
            + " %d with extractions%n", seconds, input.sentences, n);
        out.flush();
      }
      return 0;
    } catch (CarbFormatException e) {
      err.println("carb: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("carb: cannot read " + e);
      return 1;
    }
  }

  /** Runs the extractor over a file of sentences, one per line, each passed on exactly as read. */
  List<CarbExtraction> extract(Path sentences) throws IOException {
    List<String> lines = Files.readAllLines(sentences, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .toList();
    return (extractor != null ? extractor : Extraction.carbFromShippedModels(mode)).apply(lines);
  }

  static void print(CarbResult result, PrintWriter out) {
    out.printf(Locale.ROOT, "gold: %d sentences, %d extractions; system: %d extractions, %d on gold"
            + " sentences%n",
        result.goldSentences(), result.goldExtractions(), result.predictedExtractions(),
        result.scoredExtractions());
    out.printf(Locale.ROOT, "P    %s%n", CarbResult.rounded(result.precision()));
    out.printf(Locale.ROOT, "R    %s%n", CarbResult.rounded(result.recall()));
    out.printf(Locale.ROOT, "F1   %s%n", CarbResult.rounded(result.f1()));
    out.printf(Locale.ROOT, "AUC  %s%n", CarbResult.rounded(result.auc()));
    out.printf(Locale.ROOT, "(optimal F1 at confidence >= %s, %d thresholds)%n",
        result.threshold(), result.curve().size());
    out.flush();
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<SystemFormat> {
    @Override
    public SystemFormat convert(String value) {
      try {
        return SystemFormat.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a system format; use tabbed or openie5");
      }
    }
  }
}
