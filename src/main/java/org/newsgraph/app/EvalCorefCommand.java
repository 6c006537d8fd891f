package org.newsgraph.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsgraph.eval.coref.GumDocument;
import org.newsgraph.eval.coref.GumReader;
import org.newsgraph.eval.coref.PronounCase;
import org.newsgraph.eval.coref.PronounEvaluation;
import org.newsgraph.eval.coref.PronounScores;
import org.newsgraph.eval.entities.Prf;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval coref}: GUM's news documents rebuilt as articles and extracted, and the
 * person each personal pronoun was resolved to scored against GUM's coreference chains, beside a
 * nearest-preceding-person baseline.
 */
@Command(name = "coref", mixinStandardHelpOptions = true,
    description = {
        "Scores which person `extract` resolves \"he\", \"she\", \"him\" and \"her\" to, against GUM's coreference gold.",
        "",
        "Each GUM news document (dep/GUM_news_*.conllu) becomes an article: its first sentence the title, each "
            + "further sentence a paragraph. The articles are read and extracted as `extract` does.",
        "Scored: each he, she, him and her (tagged PRP, so not the possessive 'her') in a gold chain that has a "
            + "person's name in it (a person mention headed by a proper noun). An answer is correct when the entity "
            + "chosen has a mention over one of the chain's names, wrong when not, unresolved when there is none. "
            + "Precision is correct / resolved, recall correct / scored pronouns.",
        "Beside the extractor (NEWSGRAPH), the baseline NEAREST answers with the nearest person mention of the "
            + "extractor before the pronoun, in its sentence or the " + PronounEvaluation.LOOKBACK + " before.",
        "Then the extractor's most frequent kinds of error and its errors one by one."})
final class EvalCorefCommand implements Callable<Integer> {

  enum Split { dev, train }

  @Option(names = "--gum", required = true, paramLabel = "DIR",
      description = "GUM's news documents: a folder with dep/GUM_news_*.conllu")
  Path dir;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
      description = "dev (the homeopathic and iodine documents) or train (the others) (default: ${DEFAULT-VALUE})")
  Split split;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "how many of the extractor's errors to list (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: the number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || top < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1 and --top at least 0");
    }
    List<GumDocument> documents;
    try {
      documents = GumReader.read(dir, split == Split.dev);
    } catch (NoSuchFileException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--gum: no " + e.getFile()
          + " (expected a folder with dep/GUM_news_*.conllu)");
    }
    if (documents.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--gum: no GUM " + split + " documents in " + dir);
    }
    Map<String, GumDocument> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    Map<String, List<PronounCase>> cases = new HashMap<>();
    List<String> problems = new ArrayList<>();
    ArticleExtractor extractor = Extraction.fromShippedModels();
    Path work = Files.createTempDirectory("newsgraph-eval-coref");
    try {
      Path file = EvalArticles.write(documents.stream()
          .map(d -> new EvalArticles.Document(d.id(), d.title(), d.body())).toList(),
          work.resolve("gum-" + split + ".jsonl"));
      Function<org.newsgraph.ingest.Article, List<PronounCase>> score = a -> PronounEvaluation.score(
          byId.get(EvalArticles.documentId(a.id())), extractor.extract(a), ArticleExtractor.analysedText(a));
      try (ParallelExtraction<List<PronounCase>> pool = new ParallelExtraction<>(threads, threads * 4, score, r -> {
        if (r.error() != null) {
          problems.add(r.article().id() + ": " + r.error().getMessage());
        } else {
          cases.put(EvalArticles.documentId(r.article().id()), r.value());
        }
      })) {
        new ArticleReader(work).read(List.of(file), pool::submit, p -> problems.add(p.describe()));
        pool.finish();
      }
    } finally {
      TempDirs.deleteRecursively(work);
    }
    List<PronounCase> all = new ArrayList<>();
    documents.forEach(d -> all.addAll(cases.getOrDefault(d.id(), List.of())));
    print(documents.size(), new PronounScores(all), problems);
    return problems.isEmpty() ? 0 : 1;
  }

  private void print(int documents, PronounScores scores, List<String> problems) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "GUM news %s (%s): %d documents rebuilt as articles and extracted, %d pronouns"
        + " (he, she, him, her) in chains that name a person%n", split, dir, documents, scores.cases().size());
    if (!problems.isEmpty()) {
      out.printf(Locale.ROOT, "%d articles not extracted:%n", problems.size());
      problems.forEach(p -> out.println("  " + p));
    }
    out.println();
    out.printf(Locale.ROOT, "%-10s %8s %6s %11s  %6s %6s %6s%n", "system", "correct", "wrong", "unresolved",
        "P", "R", "F1");
    row(out, "NEWSGRAPH", scores, PronounCase::pipeline, scores.pipeline());
    row(out, "NEAREST", scores, PronounCase::baseline, scores.baseline());
    if (!scores.errorKinds().isEmpty()) {
      out.println();
      out.println("NEWSGRAPH's errors by kind:");
      scores.errorKinds().forEach((k, n) -> out.printf(Locale.ROOT, "  %4d  %s%n", n, k));
    }
    List<PronounCase> errors = scores.cases().stream().filter(c -> c.kind() != null).limit(top).toList();
    if (!errors.isEmpty()) {
      out.println();
      out.println("NEWSGRAPH's errors (gold person -> answer):");
      for (PronounCase c : errors) {
        out.printf(Locale.ROOT, "  %s #%d: %s -> %s%n    %s%n", c.document(), c.sentence() + 1, c.gold(),
            c.pipeline().entity() == null ? "(unresolved)" : c.pipeline().entity(), c.context());
      }
    }
    out.flush();
  }

  private static void row(PrintWriter out, String name, PronounScores scores,
      Function<PronounCase, PronounCase.Answer> system, Prf prf) {
    out.printf(Locale.ROOT, "%-10s %8d %6d %11d  %6.3f %6.3f %6.3f%n", name,
        scores.count(system, PronounCase.Outcome.CORRECT), scores.count(system, PronounCase.Outcome.WRONG),
        scores.count(system, PronounCase.Outcome.UNRESOLVED), prf.precision(), prf.recall(), prf.f1());
  }
}
