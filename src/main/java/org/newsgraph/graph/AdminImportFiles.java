package org.newsgraph.graph;

import static org.newsgraph.graph.AdminCsv.col;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.extract.ExtractedArticle;

/**
 * Writes extracted articles as the node and relationship files of Neo4j's bulk importer: the graph
 * that {@link GraphStore#writeBatch} writes before identity is settled, as if all the articles
 * were one batch. The same code makes the rows ({@link GraphRows}, {@link ArticleBatch}): articles
 * with their sentences and mentions, entities created with the name, type, label, last word and
 * initials of the first article that names them and the titles of all in article order, concepts
 * and quotations once each, and one relationship per fact of an article. What load decides after
 * each write (an entity's type, name, aliases and tally, surname and acronym joins) is decided
 * after the import by the same code, over all entities ({@link ImportedIdentity}).
 *
 * <p>Streamed: each article's rows are appended as it comes; only the entities (one row per
 * distinct key, whose titles grow) and the keys of concepts and quotations already written are
 * held until {@link #finish}. An article whose rows the format cannot hold is refused whole
 * (an exception, nothing of it written). Not thread-safe: one writer thread.
 */
public final class AdminImportFiles implements AutoCloseable {

  /** A node or relationship file and how the importer must be told of it. */
  public record CsvFile(Path path, boolean nodes, String labelOrType, boolean multiline, long rows) {}

  private final Path dir;
  private final ZonedDateTime loadedAt;
  private final AdminCsv articles;
  private final AdminCsv sentences;
  private final AdminCsv concepts;
  private final AdminCsv quotes;
  private final AdminCsv hasSentence;
  private final AdminCsv mentions;
  private final AdminCsv factsToEntities;
  private final AdminCsv factsToConcepts;
  private final AdminCsv factsToQuotes;
  private final Map<String, ArticleBatch.EntityRow> entities = new TreeMap<>();
  private final Set<String> conceptKeys = new HashSet<>();
  private final Set<String> quoteKeys = new HashSet<>();
  private List<CsvFile> files;

  /** @param loadedAt what every article's {@code loadedAt} says (load sets the time of its write) */
  public AdminImportFiles(Path dir, ZonedDateTime loadedAt) {
    this.dir = dir;
    this.loadedAt = loadedAt;
    articles = new AdminCsv(dir.resolve("articles.csv"), List.of(col("id", "ID(Article)"), col("url", "string"),
        col("title", "string"), col("authors", "string[]"), col("published", "date"), col("updated", "date"),
        col("source", "string"), col("caption", "string"), col("sha256", "string"), col("signature", "long[]"),
        col("loadedAt", "datetime")));
    sentences = new AdminCsv(dir.resolve("sentences.csv"), List.of(col("id", "ID(Sentence)"), col("index", "long"),
        col("text", "string"), col("start", "long"), col("end", "long"), col("articleId", "string")));
    concepts = new AdminCsv(dir.resolve("concepts.csv"), List.of(col("key", "ID(Concept)"), col("name", "string")));
    quotes = new AdminCsv(dir.resolve("quotes.csv"), List.of(col("key", "ID(Quote)"), col("text", "string")));
    hasSentence = new AdminCsv(dir.resolve("has-sentence.csv"),
        List.of(col("", "START_ID(Article)"), col("", "END_ID(Sentence)")));
    mentions = new AdminCsv(dir.resolve("mentions.csv"), List.of(col("", "START_ID(Sentence)"),
        col("", "END_ID(Entity)"), col("start", "long"), col("end", "long"), col("text", "string"),
        col("type", "string"), col("form", "string"), col("rule", "string"), col("gender", "string")));
    factsToEntities = facts("facts-entities.csv", "Entity");
    factsToConcepts = facts("facts-concepts.csv", "Concept");
    factsToQuotes = facts("facts-quotes.csv", "Quote");
  }

  private AdminCsv facts(String name, String endGroup) {
    return new AdminCsv(dir.resolve(name), List.of(col("", "START_ID(Entity)"), col("", "END_ID(" + endGroup + ")"),
        col("", "TYPE"), col("sentenceId", "string"), col("sentenceIds", "string[]"), col("count", "long"),
        col("articleId", "string"), col("text", "string"), col("lemma", "string"), col("verb", "string"),
        col("negated", "boolean"), col("modality", "string"), col("confidence", "double"), col("date", "string"),
        col("place", "string"), col("reportedBy", "string")));
  }

  /**
   * Appends one article (new to these files: article ids must be distinct). Throws, writing
   * nothing of it, when its rows cannot be made or written in this format.
   */
  @SuppressWarnings("unchecked")
  public void add(ExtractedArticle x) {
    ArticleBatch batch = ArticleBatch.of(List.of(GraphRows.of(x)));
    Map<String, Object> article = new HashMap<>(batch.articles().get(0));
    article.put("loadedAt", loadedAt);
    Lines lines = new Lines();
    lines.add(articles, article);
    for (Map<String, Object> s : (List<Map<String, Object>>) article.get("sentences")) {
      Map<String, Object> sentence = new HashMap<>(s);
      sentence.put("articleId", article.get("id"));
      lines.add(sentences, sentence);
      lines.add(hasSentence, Map.of(":START_ID", article.get("id"), ":END_ID", s.get("id")));
      for (Map<String, Object> m : (List<Map<String, Object>>) s.get("mentions")) {
        Map<String, Object> mention = new HashMap<>(m);
        mention.put(":START_ID", s.get("id"));
        mention.put(":END_ID", m.get("key"));
        lines.add(mentions, mention);
      }
    }
    List<String> ends = new ArrayList<>();
    batch.entities().forEach(e -> ends.add((String) e.get("key")));
    int firstConcept = ends.size();
    batch.concepts().forEach(c -> ends.add((String) c.get("key")));
    int firstQuote = ends.size();
    batch.quotes().forEach(q -> ends.add((String) q.get("key")));
    for (Map<String, Object> c : batch.concepts()) {
      if (!conceptKeys.contains((String) c.get("key"))) {
        lines.add(concepts, c);
      }
    }
    for (Map<String, Object> q : batch.quotes()) {
      if (!quoteKeys.contains((String) q.get("key"))) {
        lines.add(quotes, q);
      }
    }
    for (Map<String, Object> r : batch.relations()) {
      int to = (Integer) r.get("to");
      Map<String, Object> fact = new HashMap<>(r);
      fact.put(":START_ID", ends.get((Integer) r.get("from")));
      fact.put(":END_ID", ends.get(to));
      fact.put(":TYPE", r.get("type"));
      lines.add(to < firstConcept ? factsToEntities : to < firstQuote ? factsToConcepts : factsToQuotes, fact);
    }
    lines.write();
    batch.concepts().forEach(c -> conceptKeys.add((String) c.get("key")));
    batch.quotes().forEach(q -> quoteKeys.add((String) q.get("key")));
    for (Map<String, Object> e : batch.entities()) {
      entities.computeIfAbsent((String) e.get("key"), k -> new ArticleBatch.EntityRow(e)).add(e);
    }
  }

  /** Writes the entities and closes the files; returns them, nodes first, as the importer takes them. */
  public List<CsvFile> finish() {
    AdminCsv entityFile = new AdminCsv(dir.resolve("entities.csv"), List.of(col("key", "ID(Entity)"),
        col("name", "string"), col("type", "string"), col("titles", "string[]"), col("lastWord", "string"),
        col("initials", "string"), col("", "LABEL")));
    try (entityFile) {
      for (ArticleBatch.EntityRow e : entities.values()) {
        Lines lines = new Lines();
        Map<String, Object> row = e.toMap();
        row.put(":LABEL", List.of("Entity", row.get("type")));
        lines.add(entityFile, row);
        lines.write();
      }
    }
    close();
    files = List.of(
        file(articles, true, "Article"), file(sentences, true, "Sentence"), file(entityFile, true, null),
        file(concepts, true, "Concept"), file(quotes, true, "Quote"), file(hasSentence, false, "HAS_SENTENCE"),
        file(mentions, false, "MENTIONS"), file(factsToEntities, false, null), file(factsToConcepts, false, null),
        file(factsToQuotes, false, null));
    return files;
  }

  private static CsvFile file(AdminCsv csv, boolean nodes, String labelOrType) {
    return new CsvFile(csv.file(), nodes, labelOrType, csv.multiline(), csv.rows());
  }

  /** Distinct entities so far. */
  public int entityCount() {
    return entities.size();
  }

  /**
   * The arguments of {@code neo4j-admin database import full} (after those words) that import
   * {@code files} into {@code database}, naming each file as {@code pathOf} gives it.
   */
  public static List<String> importArguments(List<CsvFile> files, String database,
      java.util.function.Function<Path, String> pathOf) {
    List<String> args = new ArrayList<>(List.of(database, "--array-delimiter=U+001F", "--bad-tolerance=0",
        "--skip-bad-relationships=false", "--skip-duplicate-nodes=false"));
    List<String> multiline = files.stream().filter(CsvFile::multiline).map(f -> pathOf.apply(f.path())).toList();
    if (!multiline.isEmpty()) {
      args.add("--multiline-fields-format=v2");
      args.add("--multiline-fields=" + String.join(",", multiline));
    }
    for (CsvFile f : files) {
      String prefix = f.labelOrType() == null ? "" : f.labelOrType() + "=";
      args.add((f.nodes() ? "--nodes=" : "--relationships=") + prefix + pathOf.apply(f.path()));
    }
    return args;
  }

  @Override
  public void close() {
    for (AdminCsv csv : List.of(articles, sentences, concepts, quotes, hasSentence, mentions, factsToEntities,
        factsToConcepts, factsToQuotes)) {
      csv.close();
    }
  }

  /** An article's lines, formatted in full before any is written. */
  private static final class Lines {
    private final Map<AdminCsv, StringBuilder> text = new java.util.LinkedHashMap<>();
    private final Map<AdminCsv, Integer> counts = new HashMap<>();

    void add(AdminCsv csv, Map<String, ?> row) {
      text.computeIfAbsent(csv, k -> new StringBuilder()).append(csv.format(row));
      counts.merge(csv, 1, Integer::sum);
    }

    void write() {
      text.forEach((csv, lines) -> csv.write(lines.toString(), counts.get(csv)));
    }
  }
}
