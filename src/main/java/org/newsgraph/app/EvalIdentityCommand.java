package org.newsgraph.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.neo4j.driver.Record;
import org.newsgraph.eval.identity.ClusterScore;
import org.newsgraph.eval.identity.EcbArticle;
import org.newsgraph.eval.identity.EcbCorpus;
import org.newsgraph.eval.identity.EcbDocument;
import org.newsgraph.eval.identity.GraphMention;
import org.newsgraph.eval.identity.IdentityErrors;
import org.newsgraph.eval.identity.IdentityEvaluation;
import org.newsgraph.eval.identity.IdentityScores;
import org.newsgraph.eval.identity.IdentitySystem;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval identity}: ECB+ documents rebuilt as articles, loaded by the real loader
 * into a fresh embedded store, and the graph's entities scored against ECB+'s cross-document
 * gold chains beside two surface baselines.
 */
@Command(name = "identity", mixinStandardHelpOptions = true,
    description = {
        "Scores which mentions the graph makes one entity, across articles, against ECB+'s gold chains.",
        "",
        "Each ECB+ document becomes an article (each gold sentence a paragraph, the first one the title; a document of "
            + "one sentence has no title). All are loaded, as `load` does, into a fresh embedded store in a temporary "
            + "folder, deleted afterwards.",
        "Scored: the gold mentions of HUM and LOC chains that are names. A mention's head is its last word before "
            + "a post-modifier (a comma, a relative pronoun or a preposition; 'of' between capitalised words stays), "
            + "after leading prepositions and without a possessive: 'in the Gulf of Aden between Somalia and Yemen' "
            + "-> Aden, 'a mountain in New Zealand' -> mountain. It is a name when the head starts with a capital or a "
            + "digit and a word of its capitalised run shows the capital is a name's: not sentence-initial and not in "
            + "a title-case headline; or written so elsewhere in the document; or a word ECB+ never writes in lower "
            + "case. Each name is matched with the graph mention that covers its head; coverage is the share matched.",
        "Over the covered mentions: cross-document pairwise P/R/F1 (pairs of mentions in different documents: same "
            + "entity against same gold chain), B-cubed and MUC, for the graph's entities (NEWSGRAPH) and two "
            + "baselines on the graph mentions' words: EXACT (same name, lower case, spaces collapsed, punctuation at "
            + "the ends dropped) and HEAD (same last word).",
        "Then the largest errors: gold chains split over several entities, entities that join several chains."})
final class EvalIdentityCommand implements Callable<Integer> {

  enum Split { dev, train }

  private static final String MENTIONS = """
      MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e:Entity)
      RETURN a.id AS article, m.start AS start, m.end AS end, m.text AS text, e.key AS key, e.type AS type""";

  @Option(names = "--ecbplus", required = true, paramLabel = "DIR",
      description = "folder of ECB+ as Barhom et al. publish it: ECB_{Dev,Train}_corpus.txt and"
          + " ECB_{Dev,Train}_Entity_gold_mentions.json")
  Path dir;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
      description = "dev or train (default: ${DEFAULT-VALUE})")
  Split split;

  @Option(names = "--topics", paramLabel = "N", split = ",",
      description = "only these ECB+ topics, e.g. --topics 2,5 (default: all of the split)")
  Set<Integer> topics;

  @Option(names = "--limit", paramLabel = "N", description = "only the first N documents (after --topics)")
  Integer limit;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "how many split chains, joining entities and uncovered names to list (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: the number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || top < 0 || limit != null && limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads and --limit must be at least 1, --top at least 0");
    }
    EcbCorpus corpus = selected(readCorpus());
    if (corpus.documents().isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no ECB+ " + split + " documents"
          + (topics == null ? "" : " in topics " + topics));
    }
    Map<String, String> analysed = new HashMap<>();
    Map<String, List<GraphMention>> mentions = new HashMap<>();
    List<String> problems = new ArrayList<>();
    Path work = Files.createTempDirectory("newsgraph-eval-identity");
    try {
      Path file = EvalArticles.write(corpus.documents().stream().map(d -> {
        EcbArticle a = EcbArticle.of(d);
        return new EvalArticles.Document(d.id(), a.title(), a.body());
      }).toList(), work.resolve("ecbplus-" + split + ".jsonl"));
      ArticleReader reader = new ArticleReader(work);
      reader.read(List.of(file), a -> analysed.put(EvalArticles.documentId(a.id()), ArticleExtractor.analysedText(a)),
          p -> {});
      load(reader, file, work.resolve("store"), mentions, problems);
    } finally {
      TempDirs.deleteRecursively(work);
    }
    IdentityEvaluation.Result result = IdentityEvaluation.evaluate(corpus,
        id -> Optional.ofNullable(analysed.get(id)), id -> mentions.getOrDefault(id, List.of()), top);
    print(result, problems);
    return problems.isEmpty() ? 0 : 1;
  }

  private EcbCorpus readCorpus() throws IOException {
    try {
      return EcbCorpus.read(dir, split.name());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--ecbplus: no " + e.getFile()
          + " (expected ECB_" + (split == Split.dev ? "Dev" : "Train") + "_corpus.txt and the entity gold mentions)");
    }
  }

  private EcbCorpus selected(EcbCorpus all) {
    EcbCorpus out = topics == null ? all : all.only(id -> topics.contains(EcbDocument.topicOf(id)));
    if (limit != null && limit < out.documents().size()) {
      Set<String> first = new java.util.HashSet<>();
      out.documents().subList(0, limit).forEach(d -> first.add(d.id()));
      out = out.only(first::contains);
    }
    return out;
  }

  /** Loads the articles as `load` does into a fresh embedded store and reads back every mention. */
  private void load(ArticleReader reader, Path file, Path store, Map<String, List<GraphMention>> mentions,
      List<String> problems) {
    Settings settings = new Settings(store, null, "neo4j", null, null, 0, -1);
    try (Neo4jConnection neo4j = Neo4jConnection.open(settings)) {
      neo4j.store().applySchema();
      LoadJob.Summary summary = new LoadJob(reader, Extraction.lazy(Extraction::fromShippedModels), neo4j.store(),
          System.err, LoadJob.Options.defaults().withThreads(threads)).run(List.of(file));
      problems.addAll(summary.problems());
      for (Record r : neo4j.driver().executableQuery(MENTIONS).execute().records()) {
        mentions.computeIfAbsent(EvalArticles.documentId(r.get("article").asString()), k -> new ArrayList<>())
            .add(new GraphMention(r.get("start").asInt(), r.get("end").asInt(), r.get("text").asString(),
                r.get("key").asString(), r.get("type").asString()));
      }
    }
  }

  private void print(IdentityEvaluation.Result r, List<String> problems) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "ECB+ %s (%s): %d documents rebuilt as articles and loaded, %d gold name mentions"
        + " (HUM and LOC chains)%n", split, dir, r.documents(), r.names());
    if (!problems.isEmpty() || r.notLoaded() > 0) {
      out.printf(Locale.ROOT, "%d articles not in the graph; %d load problems:%n", r.notLoaded(), problems.size());
      problems.forEach(p -> out.println("  " + p));
    }
    out.printf(Locale.ROOT, "coverage: %d of %d name mentions (%.1f %%) have a graph mention over their head%n",
        r.covered().size(), r.names(), 100 * r.coverage());
    if (r.unplaced() > 0) {
      out.printf(Locale.ROOT, "(%d uncovered because their sentence is not in the article as read)%n", r.unplaced());
    }
    out.printf(Locale.ROOT, "scored over the covered mentions: %d gold chains, %d of them across documents%n%n",
        r.chains(), r.crossDocumentChains());
    out.printf(Locale.ROOT, "%-10s  %-20s  %-20s  %-20s%n", "", "cross-document pairs", "B-cubed", "MUC");
    out.printf(Locale.ROOT, "%-10s  %s  %s  %s%n", "system", "     P      R     F1", "     P      R     F1",
        "     P      R     F1");
    for (IdentitySystem s : IdentitySystem.values()) {
      IdentityScores sc = r.scores().get(s);
      out.printf(Locale.ROOT, "%-10s  %s  %s  %s%n", s, prf(sc.crossDocumentPairs()), prf(sc.bCubed()), prf(sc.muc()));
    }
    groups(out, "gold chains split over several graph entities (with the graph mentions' words)",
        r.errors().splitChains());
    groups(out, "graph entities that join several gold chains (with the gold mentions' words)",
        r.errors().joiningEntities());
    if (!r.uncovered().isEmpty() && top > 0) {
      out.println();
      out.println("most frequent uncovered name mentions:");
      r.uncovered().entrySet().stream().limit(top)
          .forEach(e -> out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey()));
    }
    out.flush();
  }

  private static String prf(ClusterScore s) {
    return String.format(Locale.ROOT, "%6.3f %6.3f %6.3f", s.precision(), s.recall(), s.f1());
  }

  private static void groups(PrintWriter out, String title, List<IdentityErrors.Group> groups) {
    if (groups.isEmpty()) {
      return;
    }
    out.println();
    out.println(title + ":");
    for (IdentityErrors.Group g : groups) {
      out.printf(Locale.ROOT, "  %s (%d mentions):%n", g.id(), g.mentions());
      for (IdentityErrors.Part p : g.parts()) {
        out.printf(Locale.ROOT, "    %4d  %s  %s%n", p.mentions(), p.id(),
            String.join(" | ", p.surfaces()));
      }
    }
  }

}
