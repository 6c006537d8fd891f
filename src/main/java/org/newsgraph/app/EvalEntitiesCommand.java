package org.newsgraph.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.entities.ConllDocument;
import org.newsgraph.eval.entities.DocumentScorer;
import org.newsgraph.eval.entities.EntityScores;
import org.newsgraph.eval.entities.TypedSurface;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.nlp.NameTagger;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.ner.ConllReader;
import org.newsgraph.nlp.ner.ConllSentence;
import org.newsgraph.nlp.ner.NameFinder;
import org.newsgraph.nlp.ner.NameSpan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval entities}: the names the article pipeline finds in CoNLL documents rebuilt
 * as articles, scored per document, next to the name finder's own names on the gold tokens.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {
        "Scores the entities that `extract` finds in CoNLL documents rebuilt as articles, beside the name finder.",
        "",
        "Each document of the file (split at -DOCSTART-) becomes a plain-text article: its first sentence is the "
            + "title, then a blank line, then one sentence per paragraph. The articles are read and extracted as "
            + "`extract` does.",
        "Per document, the distinct (surface, type) names found (an entity's name and its aliases, not the aliases "
            + "that only add a title) are compared with the document's gold names: surfaces compare "
            + "case-insensitively, spaces collapsed, a possessive 's and punctuation at either end dropped; Person, "
            + "Organization, Location and Other count as PER, ORG, LOC and MISC.",
        "Prints P/R/F1 per type, typed and untyped, beside the name finder's own figures on the gold tokens "
            + "through the same metric, then the pipeline's most frequent misses and false positives."})
final class EvalEntitiesCommand implements Callable<Integer> {

  @Option(names = "--conll-docs", required = true, paramLabel = "FILE",
      description = "gold CoNLL file whose documents start at -DOCSTART- lines (IOB2 tags in the last column)")
  Path conll;

  @Option(names = "--top", paramLabel = "N", defaultValue = "15",
      description = "how many misses and false positives to list (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--threads", paramLabel = "N",
      description = "extraction threads (default: the number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin NerModelOption modelOption;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || top < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1 and --top at least 0");
    }
    List<ConllDocument> documents = ConllDocument.of(ConllReader.read(conll));
    NameFinder finder = modelOption.load();
    ArticleExtractor extractor = new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(), finder::findInDocument));
    Map<Integer, List<TypedSurface>> byPipeline = new HashMap<>();
    List<String> unread = new ArrayList<>();
    Path dir = Files.createTempDirectory("newsgraph-eval-entities");
    try {
      List<Path> files = write(documents, dir);
      try (ParallelExtraction<List<TypedSurface>> pool = new ParallelExtraction<>(threads, threads * 4,
          article -> names(extractor.extract(article).entities()),
          result -> {
            if (result.error() != null) {
              unread.add(result.article().id() + ": " + result.error().getMessage());
            } else {
              byPipeline.put(documentIndex(result.article().id()), result.value());
            }
          })) {
        new ArticleReader(dir).read(files, pool::submit, problem -> unread.add(problem.describe()));
        pool.finish();
      }
    } finally {
      TempDirs.deleteRecursively(dir);
    }
    DocumentScorer pipeline = new DocumentScorer();
    DocumentScorer nameFinder = new DocumentScorer();
    for (ConllDocument d : documents) {
      List<TypedSurface> gold = d.goldNames();
      pipeline.add(gold, byPipeline.getOrDefault(d.index(), List.of()));
      nameFinder.add(gold, onGoldTokens(finder::findInDocument, d));
    }
    print(documents.size(), unread, pipeline.scores(top), nameFinder.scores(0));
    return 0;
  }

  private static List<Path> write(List<ConllDocument> documents, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (ConllDocument d : documents) {
      Path f = dir.resolve(String.format(Locale.ROOT, "doc-%05d.txt", d.index()));
      Files.writeString(f, d.articleText(), StandardCharsets.UTF_8);
      files.add(f);
    }
    return files;
  }

  private static int documentIndex(String articleId) {
    return Integer.parseInt(articleId.replaceAll("\\D", ""));
  }

  static List<TypedSurface> names(List<Entity> entities) {
    List<TypedSurface> out = new ArrayList<>();
    for (Entity e : entities) {
      String type = conllType(e.type());
      e.names().forEach(n -> out.add(new TypedSurface(n, type)));
    }
    return out;
  }

  static String conllType(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case OTHER -> "MISC";
    };
  }

  private static List<TypedSurface> onGoldTokens(NameTagger finder, ConllDocument d) {
    List<List<String>> tokens = d.sentences().stream().map(ConllSentence::tokens).toList();
    List<List<NameSpan>> found = finder.findInDocument(tokens);
    List<TypedSurface> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      out.addAll(ConllDocument.surfaces(tokens.get(i), found.get(i)));
    }
    return out;
  }

  private void print(int documents, List<String> unread, EntityScores pipeline, EntityScores nameFinder) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s: %d documents rebuilt as articles, %d gold names (distinct per document)%n",
        conll, documents, pipeline.typed(EntityScores.ALL).gold());
    if (!unread.isEmpty()) {
      out.printf(Locale.ROOT, "%d articles gave no entities because they could not be read or extracted:%n",
          unread.size());
      unread.forEach(u -> out.println("  " + u));
    }
    out.println();
    out.printf(Locale.ROOT, "%-14s %6s  %-22s  %-22s  %s%n", "", "", "pipeline (extract)", "name finder (gold tokens)",
        "F1 lost");
    out.printf(Locale.ROOT, "%-14s %6s  %6s %6s %6s %1s %6s %6s %6s%n", "", "gold", "P", "R", "F1", "", "P", "R", "F1");
    for (String type : List.of("PER", "ORG", "LOC", "MISC", EntityScores.ALL)) {
      row(out, type.equals(EntityScores.ALL) ? "typed, all" : type, pipeline.typed(type), nameFinder.typed(type));
    }
    row(out, "untyped", pipeline.untyped(), nameFinder.untyped());
    list(out, "most frequent misses (documents)", pipeline.misses());
    list(out, "most frequent false positives (documents)", pipeline.falsePositives());
    out.flush();
  }

  private static void row(PrintWriter out, String label, org.newsgraph.eval.entities.Prf p,
      org.newsgraph.eval.entities.Prf n) {
    out.printf(Locale.ROOT, "%-14s %6d  %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f  %+7.3f%n", label, p.gold(),
        p.precision(), p.recall(), p.f1(), n.precision(), n.recall(), n.f1(), p.f1() - n.f1());
  }

  private static void list(PrintWriter out, String title, List<EntityScores.Count> counts) {
    if (counts.isEmpty()) {
      return;
    }
    out.println();
    out.println(title + ":");
    for (EntityScores.Count c : counts) {
      out.printf(Locale.ROOT, "  %4d  %-4s %s%n", c.documents(), c.name().type(), c.name().text());
    }
  }

}
