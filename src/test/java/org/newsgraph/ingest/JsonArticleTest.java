package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonArticleTest {

  @TempDir Path dir;
  private final List<Article> articles = new ArrayList<>();
  private final List<ReadProblem> problems = new ArrayList<>();

  private ReadSummary read(Path... inputs) {
    return new ArticleReader(dir).read(List.of(inputs), articles::add, problems::add);
  }

  @Test
  void jsonLinesRecordsGetIdsFromUrlThenIdThenLine() throws Exception {
    String first = "{\"url\":\"https://news.example/a\",\"title\":\"A\",\"published\":\"2021-01-02T10:00:00Z\","
        + "\"authors\":[\"Ana Silva\",{\"name\":\"Ben Cho\"}],\"text\":\"Alpha text.\",\"source\":\"Wire\"}";
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, first + "\n"
        + "{\"id\":42,\"title\":\"B\",\"date\":\"March 5, 2021\",\"author\":\"By Dora Li\",\"body\":\"Beta text.\"}\n"
        + "\n"
        + "{\"title\":\"C\",\"published\":\"not a date\",\"text\":\"Gamma text.\"}\r\n");

    ReadSummary summary = read(file);

    assertThat(problems).isEmpty();
    assertThat(summary).isEqualTo(new ReadSummary(1, 3, 0));
    assertThat(articles).extracting(Article::id)
        .containsExactly("https://news.example/a", "feed.jsonl#42", "feed.jsonl#L4");
    Article a = articles.get(0);
    assertThat(a.url()).isEqualTo("https://news.example/a");
    assertThat(a.authors()).containsExactly("Ana Silva", "Ben Cho");
    assertThat(a.published()).isEqualTo(LocalDate.of(2021, 1, 2));
    assertThat(a.source()).isEqualTo("Wire");
    assertThat(a.sha256()).isEqualTo(Hashes.sha256(first.getBytes(StandardCharsets.UTF_8)));
    Article b = articles.get(1);
    assertThat(b.authors()).containsExactly("Dora Li");
    assertThat(b.published()).isEqualTo(LocalDate.of(2021, 3, 5));
    assertThat(b.body()).isEqualTo("Beta text.");
    assertThat(b.source()).isEqualTo("feed.jsonl");
    assertThat(articles.get(2).published()).isNull();
  }

  @Test
  void aSecondRecordWithAnIdAlreadyUsedInTheFileIsSkippedAndNamed() throws Exception {
    Path file = dir.resolve("dupes.jsonl");
    Files.writeString(file, "{\"url\":\"https://news.example/x\",\"title\":\"X\",\"text\":\"First.\"}\n"
        + "{\"id\":\"7\",\"title\":\"Y\",\"text\":\"Other.\"}\n"
        + "{\"url\":\"https://news.example/x\",\"title\":\"X again\",\"text\":\"Second.\"}\n");

    ReadSummary summary = read(file);

    assertThat(articles).extracting(Article::title).containsExactly("X", "Y");
    assertThat(summary.problems()).isEqualTo(1);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).isEqualTo("skipped: the same id as the record at line 1 (https://news.example/x);"
          + " ids must be unique within a file");
    });
  }

  @Test
  void jsonArrayAndSingleObject() throws Exception {
    Path array = dir.resolve("batch.json");
    Files.writeString(array, """
        [
          {"id": "x1", "title": "One", "text": "First."},
          {"title": "Two", "text": "Second."}
        ]
        """);
    Path single = dir.resolve("single.json");
    Files.writeString(single, "{\"title\":\"Solo\",\"text\":\"Only one.\"}");

    read(array, single);

    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::id)
        .containsExactly("batch.json#x1", "batch.json#[1]", "single.json");
  }

  @Test
  void jsonHashIgnoresKeyOrderAndWhitespace() throws Exception {
    Files.writeString(dir.resolve("a.json"), "[{\"title\":\"T\",\"text\":\"Body.\"}]");
    Files.writeString(dir.resolve("b.json"), "[\n  { \"text\" : \"Body.\",\n    \"title\" : \"T\" }\n]");

    read(dir.resolve("a.json"), dir.resolve("b.json"));

    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).sha256()).isEqualTo(articles.get(1).sha256());
  }

  @ParameterizedTest
  @ValueSource(strings = {"feed.jsonl.gz", "feed.ndjson.gz", "batch.json.gz"})
  void gzipCompressedFiles(String name) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      String record = "{\"id\":\"g\",\"title\":\"Zipped\",\"text\":\"Compressed body.\"}";
      out.write((name.startsWith("batch") ? "[" + record + "]" : record + "\n").getBytes(StandardCharsets.UTF_8));
    }

    read(dir);

    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::id).containsExactly(name + "#g");
  }

  @Test
  void badRecordsAreReportedWithTheirLineAndTheRestStillLoad() throws Exception {
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(file, """
        {"id":"ok1","text":"Fine."}
        {"id":"broken", "text": "no closing brace"
        {"id":"empty","text":"   "}
        ["not", "an", "object"]
        {"id":"ok2","text":"Also fine."} {"id":"glued"}
        {"id":"ok3","text":"Still fine."}
        """);

    ReadSummary summary = read(file);

    assertThat(articles).extracting(Article::id).containsExactly("mixed.jsonl#ok1", "mixed.jsonl#ok3");
    assertThat(problems).extracting(ReadProblem::line).containsExactly(2, 3, 4, 5);
    assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
    assertThat(problems.get(0).describe()).startsWith(file + ":2: not valid JSON");
    assertThat(problems.get(1).message()).contains("no text");
    assertThat(problems.get(2).message()).contains("expected a JSON object");
    assertThat(summary).isEqualTo(new ReadSummary(1, 2, 4));
  }

  @Test
  void malformedJsonDocumentKeepsRecordsBeforeTheError() throws Exception {
    Path file = dir.resolve("cut.json");
    Files.writeString(file, "[\n{\"id\":\"a\",\"text\":\"Kept.\"},\n{\"id\":\"b\",\"text\": oops}\n]\n");

    read(file);

    assertThat(articles).extracting(Article::id).containsExactly("cut.json#a");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).startsWith("malformed JSON");
    });
  }
}
