package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The ingest stage for files: reads article files and directories into {@link Article}s.
 *
 * <p>Input: files and directories. Directories are walked recursively in sorted order, skipping
 * hidden entries, files without a known article extension (see {@link ArticleFormat}) and the
 * metadata files {@code README.md} and {@code SOURCES.md}; a file named directly is always read.
 * Output: each article is handed to a consumer as soon as it is read, so memory does not grow with
 * the corpus. Error policy: skip the file or the record, report a {@link ReadProblem}, carry on.
 * Article ids: a record's URL when it has one, else the file id (the path relative to the working
 * directory with forward slashes, or the absolute path for files outside it), with
 * {@code #<record id>}, {@code #L<line>} (JSON Lines) or {@code #[<index>]} (JSON arrays) for
 * records within a file. Thread-safe: one instance may serve several threads.
 */
public final class ArticleReader {

  /** Larger text files are not single articles; reading them whole would risk the heap. */
  static final long MAX_TEXT_FILE_BYTES = 32L * 1024 * 1024;
  private static final int BINARY_SNIFF_BYTES = 8192;
  private static final Set<String> METADATA_FILES = Set.of("readme.md", "sources.md");

  private final Path workingDir;
  private final JsonArticleReader json = new JsonArticleReader();

  /** @param workingDir the directory that file ids are relative to */
  public ArticleReader(Path workingDir) {
    this.workingDir = workingDir.toAbsolutePath().normalize();
  }

  /**
   * Reads every input in order and delivers articles and problems as they are found. Problems in
   * the input never throw; exceptions thrown by the consumers propagate.
   */
  public ReadSummary read(List<Path> inputs, Consumer<Article> onArticle, Consumer<ReadProblem> onProblem) {
    Objects.requireNonNull(onArticle);
    return readWithFiles(inputs, (file, article) -> onArticle.accept(article), onProblem);
  }

  /** As {@link #read}, telling for each article the file it was read from (several for a JSON Lines file). */
  public ReadSummary readWithFiles(List<Path> inputs, java.util.function.BiConsumer<Path, Article> onArticle,
      Consumer<ReadProblem> onProblem) {
    Run run = new Run(Objects.requireNonNull(onArticle), Objects.requireNonNull(onProblem));
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walk(input, run, new HashSet<>());
      } else if (Files.exists(input)) {
        readExplicitFile(input, run);
      } else {
        run.problem(input, 0, "no such file or directory");
      }
    }
    return new ReadSummary(run.files, run.articles, run.problems);
  }

  /**
   * Whether a directory walk reads this file name: not hidden, not a metadata file, with a known
   * article extension.
   */
  public static boolean isArticleFileName(String name) {
    return !name.startsWith(".") && !METADATA_FILES.contains(name.toLowerCase(Locale.ROOT))
        && ArticleFormat.detect(name).isPresent();
  }

  /** The id of a file: relative to the working directory when under it, else absolute. */
  public String fileId(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path shown = abs.startsWith(workingDir) ? workingDir.relativize(abs) : abs;
    return shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
  }

  private void walk(Path dir, Run run, Set<Path> ancestors) {
    Path real;
    List<Path> entries;
    try (Stream<Path> listing = Files.list(dir)) {
      real = dir.toRealPath();
      entries = new ArrayList<>(listing.toList());
    } catch (IOException e) {
      run.problem(dir, 0, "cannot list directory: " + reason(e));
      return;
    }
    if (!ancestors.add(real)) {
      run.problem(dir, 0, "skipped: symbolic link loop");
      return;
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        walk(entry, run, ancestors);
      } else if (Files.isRegularFile(entry) && isArticleFileName(name)) {
        readFile(entry, ArticleFormat.detect(name).orElseThrow(), run);
      }
    }
    ancestors.remove(real);
  }

  private void readExplicitFile(Path file, Run run) {
    if (!Files.isRegularFile(file)) {
      // A device such as /dev/zero never ends, a named pipe may never be written to.
      run.files++;
      run.problem(file, 0, "not a regular file (a device, named pipe or socket); give article files or folders");
      return;
    }
    String name = file.getFileName().toString();
    Optional<ArticleFormat.Detected> format = ArticleFormat.detect(name);
    if (format.isPresent()) {
      readFile(file, format.get(), run);
    } else if (!name.contains(".")) {
      readFile(file, new ArticleFormat.Detected(ArticleFormat.PLAIN_TEXT, false), run);
    } else {
      run.files++;
      run.problem(file, 0, "unknown article format; expected one of " + ArticleFormat.allExtensions());
    }
  }

  private void readFile(Path file, ArticleFormat.Detected format, Run run) {
    run.files++;
    ArticleSink sink = run.sinkFor(file);
    String fileId = fileId(file);
    try {
      switch (format.format()) {
        case PLAIN_TEXT -> {
          TextFile text = readText(file);
          sink.article(TextArticles.fromPlainText(fileId, text.content(), text.sha256()));
        }
        case MARKDOWN -> {
          TextFile text = readText(file);
          sink.article(TextArticles.fromMarkdown(fileId, text.content(), text.sha256()));
        }
        case JSON, JSON_LINES -> {
          try (InputStream in = openJson(file, format.gzip())) {
            if (format.format() == ArticleFormat.JSON) {
              json.readJson(in, fileId, sink);
            } else {
              json.readJsonLines(in, fileId, sink);
            }
          }
        }
      }
    } catch (BadInputException e) {
      sink.problem(e.line(), e.getMessage());
    } catch (IOException e) {
      sink.problem(0, "cannot read: " + reason(e));
    }
  }

  /** A whole text file, decoded, with the hash of its bytes. */
  private record TextFile(String content, String sha256) {}

  private static TextFile readText(Path file) throws IOException, BadInputException {
    long size = Files.size(file);
    if (size > MAX_TEXT_FILE_BYTES) {
      throw new BadInputException("too large for one article (" + size + " bytes)");
    }
    byte[] bytes = Files.readAllBytes(file);
    String text = Utf8.decode(bytes, 0);
    if (text.replace("\uFEFF", "").isBlank()) {
      throw new BadInputException(bytes.length == 0 ? "empty file" : "empty file (whitespace only)");
    }
    return new TextFile(text, Hashes.sha256(bytes));
  }

  private static InputStream openJson(Path file, boolean gzip) throws IOException, BadInputException {
    InputStream raw = Files.newInputStream(file);
    try {
      BufferedInputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw) : raw);
      in.mark(BINARY_SNIFF_BYTES);
      int nul = Utf8.indexOfNul(in.readNBytes(BINARY_SNIFF_BYTES));
      in.reset();
      if (nul >= 0) {
        throw new BadInputException("binary content (NUL byte at offset " + nul + "), not JSON");
      }
      return in;
    } catch (IOException | BadInputException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof ZipException) {
      return "not a valid gzip file (" + e.getMessage() + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The consumers and counts of one {@link #read} call. */
  private static final class Run {
    final java.util.function.BiConsumer<Path, Article> onArticle;
    final Consumer<ReadProblem> onProblem;
    int files;
    int articles;
    int problems;

    Run(java.util.function.BiConsumer<Path, Article> onArticle, Consumer<ReadProblem> onProblem) {
      this.onArticle = onArticle;
      this.onProblem = onProblem;
    }

    void problem(Path file, int line, String message) {
      problems++;
      onProblem.accept(new ReadProblem(file, line, message));
    }

    ArticleSink sinkFor(Path file) {
      return new ArticleSink() {
        @Override
        public void article(Article article) {
          articles++;
          onArticle.accept(file, article);
        }

        @Override
        public void problem(int line, String message) {
          Run.this.problem(file, line, message);
        }
      };
    }
  }
}
