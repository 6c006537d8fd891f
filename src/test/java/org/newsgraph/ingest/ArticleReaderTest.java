package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Walking inputs, ids, order, and bad input that must not stop a run. */
class ArticleReaderTest {

  @TempDir Path dir;
  private final List<Article> articles = new ArrayList<>();
  private final List<ReadProblem> problems = new ArrayList<>();

  private ReadSummary read(Path... inputs) {
    return new ArticleReader(dir).read(List.of(inputs), articles::add, problems::add);
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void badFilesAndLinesAreReportedWhileGoodOnesStillComeThrough() throws Exception {
    write("in/a-good.txt", "Good Title\n\nGood body.\n");
    write("in/b-empty.txt", "");
    write("in/c-blank.md", "  \n\t\n");
    Path binary = dir.resolve("in/d-binary.txt");
    Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2});
    Path latin1 = dir.resolve("in/e-latin1.txt");
    Files.write(latin1, "Caf\u00e9 news\n\nBody.".getBytes(StandardCharsets.ISO_8859_1));
    write("in/f-lines.jsonl", "{\"id\":\"1\",\"text\":\"One.\"}\n{\"id\":\"2\",\"text\":\n{\"id\":\"3\",\"text\":\"Three.\"}\n");
    write("in/g-good.md", "# Markdown Title\n\nMarkdown body.\n");

    ReadSummary summary = read(dir.resolve("in"), dir.resolve("missing.txt"));

    assertThat(articles).extracting(Article::id).containsExactly(
        "in/a-good.txt", "in/f-lines.jsonl#1", "in/f-lines.jsonl#3", "in/g-good.md");
    assertThat(problems).extracting(ReadProblem::describe).satisfiesExactly(
        p -> assertThat(p).isEqualTo(dir.resolve("in/b-empty.txt") + ": empty file"),
        p -> assertThat(p).isEqualTo(dir.resolve("in/c-blank.md") + ": empty file (whitespace only)"),
        p -> assertThat(p).isEqualTo(binary + ": binary content (NUL byte at offset 4), not text"),
        p -> assertThat(p).isEqualTo(latin1 + ": not valid UTF-8 (bad byte at offset 3): binary or another encoding"),
        p -> assertThat(p).startsWith(dir.resolve("in/f-lines.jsonl") + ":2: not valid JSON: "),
        p -> assertThat(p).isEqualTo(dir.resolve("missing.txt") + ": no such file or directory"));
    assertThat(summary).isEqualTo(new ReadSummary(7, 4, 6));
  }

  @Test
  void binaryJsonLinesFileIsOneProblemNotOnePerLine() throws Exception {
    Path file = dir.resolve("blob.jsonl");
    byte[] bytes = new byte[3000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 7 == 0 ? '\n' : i % 5);
    }
    Files.write(file, bytes);

    read(file);

    assertThat(articles).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(file);
      assertThat(p.message()).startsWith("binary content");
    });
  }

  @Test
  void unreadableFileIsAProblem() throws Exception {
    Path file = write("locked.txt", "Title\n\nBody.");
    assumeThat(file.toFile().setReadable(false)).isTrue();
    assumeThat(Files.isReadable(file)).as("running as a user who can still read it (root)").isFalse();

    read(file);

    assertThat(problems).singleElement().extracting(ReadProblem::message).isEqualTo("cannot read: permission denied");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void aUtf16TextFileWithItsByteOrderMarkIsRead(String encoding) throws Exception {
    java.nio.charset.Charset charset = java.nio.charset.Charset.forName(encoding);
    Path file = dir.resolve("unicode.txt");
    Files.write(file, ("\uFEFFCafé owners fêted\n\nThe owners of a café in Lyon were fêted 🚀 on Monday.\n").getBytes(charset));

    read(file);

    assertThat(problems).isEmpty();
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Café owners fêted");
      assertThat(a.body()).contains("fêted 🚀 on Monday");
    });
  }

  @Test
  void utf16WithoutAByteOrderMarkIsStillCalledBinary() throws Exception {
    Path file = dir.resolve("nomark.txt");
    Files.write(file, "Title\n\nBody text.\n".getBytes(StandardCharsets.UTF_16LE));

    read(file);

    assertThat(articles).isEmpty();
    assertThat(problems).singleElement().extracting(ReadProblem::message).asString().startsWith("binary content");
  }

  @Test
  void aDeviceOrANamedPipeGivenByNameIsRefusedWithoutReadingIt() throws Exception {
    Path fifo = dir.resolve("incoming");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      mkfifo = null;
    }
    assumeThat(mkfifo != null && mkfifo.waitFor() == 0).as("mkfifo available").isTrue();
    Path zero = Path.of("/dev/zero");

    ReadSummary summary = Files.exists(zero) ? read(fifo, zero) : read(fifo);

    assertThat(articles).isEmpty();
    assertThat(summary.problems()).isEqualTo(problems.size());
    assertThat(problems).isNotEmpty().allSatisfy(p ->
        assertThat(p.message()).isEqualTo("not a regular file (a device, named pipe or socket); give article files or folders"));
  }

  @Test
  void directoryWalkIsSortedRecursiveAndSkipsHiddenMetadataAndOtherFiles() throws Exception {
    write("corpus/b.txt", "B\n\nBody b.");
    write("corpus/a.md", "# A\n\nBody a.");
    write("corpus/sub/c.json", "{\"text\":\"Body c.\"}");
    write("corpus/sub/deeper/d.txt", "D\n\nBody d.");
    write("corpus/README.md", "# About this corpus\n\nNot an article.");
    write("corpus/SOURCES.md", "# Sources\n\nNot an article.");
    write("corpus/.hidden.txt", "H\n\nHidden.");
    write("corpus/.git/e.txt", "E\n\nIn a hidden directory.");
    write("corpus/notes.csv", "x,y");
    write("corpus/page.html", "<p>not supported</p>");

    ReadSummary summary = read(dir.resolve("corpus"));

    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::id).containsExactly(
        "corpus/a.md", "corpus/b.txt", "corpus/sub/c.json", "corpus/sub/deeper/d.txt");
    assertThat(summary).isEqualTo(new ReadSummary(4, 4, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "SOURCES.md", ".hidden.txt"})
  void aFileNamedExplicitlyIsAlwaysRead(String name) throws Exception {
    Path file = write("corpus/" + name, "# Named\n\nRead anyway.");

    read(file);

    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::id).containsExactly("corpus/" + name);
  }

  @Test
  void explicitFileWithUnknownExtensionIsAProblemAndWithoutExtensionIsText() throws Exception {
    Path html = write("page.html", "<p>x</p>");
    Path bare = write("ARTICLE", "Bare Title\n\nBare body.");

    read(html, bare);

    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("unknown article format"));
    assertThat(articles).extracting(Article::title).containsExactly("Bare Title");
  }

  @Test
  void idsAreRelativeToTheWorkingDirectoryElseAbsolute(@TempDir Path elsewhere) throws Exception {
    Path inside = write("x/inside.txt", "In\n\nBody.");
    Path outside = elsewhere.resolve("outside.txt");
    Files.writeString(outside, "Out\n\nBody.");

    read(inside, dir.resolve("x/../x/inside.txt"), outside);

    assertThat(articles).extracting(Article::id).containsExactly(
        "x/inside.txt", "x/inside.txt", outside.toAbsolutePath().normalize().toString());
  }

  @Test
  void repeatedRunsGiveTheSameArticlesInTheSameOrder() throws Exception {
    for (String name : List.of("z.txt", "m.txt", "a.txt", "k/b.txt", "k/a.txt")) {
      write("c/" + name, name + "\n\nBody of " + name + ".");
    }
    read(dir.resolve("c"));
    List<Article> first = List.copyOf(articles);
    articles.clear();

    read(dir.resolve("c"));

    assertThat(articles).isEqualTo(first);
    assertThat(first).extracting(Article::id)
        .containsExactly("c/a.txt", "c/k/a.txt", "c/k/b.txt", "c/m.txt", "c/z.txt");
    assertThat(first).extracting(Article::sha256).doesNotHaveDuplicates();
  }

  @Test
  void articlesAreHandedOverAsSoonAsTheyAreRead() throws Exception {
    write("s/1.txt", "One\n\nFirst.");
    Path second = write("s/2.txt", "Two\n\nSecond.");

    // Deleting the second file when the first article arrives only matters if reading streams.
    new ArticleReader(dir).read(List.of(dir.resolve("s")), a -> {
      articles.add(a);
      second.toFile().delete();
    }, problems::add);

    // Had the reader collected articles first, the second one would have been read already.
    assertThat(articles).extracting(Article::id).containsExactly("s/1.txt");
  }
}
