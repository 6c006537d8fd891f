package org.newsgraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The article file formats the reader knows, recognised by file name extension. */
enum ArticleFormat {
  PLAIN_TEXT(List.of(".txt"), false),
  MARKDOWN(List.of(".md", ".markdown"), false),
  JSON(List.of(".json"), true),
  JSON_LINES(List.of(".jsonl", ".ndjson"), true);

  /** A format, and whether the file is GZIP-compressed on top of it ({@code .jsonl.gz}). */
  record Detected(ArticleFormat format, boolean gzip) {}

  private static final String GZIP_SUFFIX = ".gz";

  private final List<String> extensions;
  private final boolean mayBeCompressed;

  ArticleFormat(List<String> extensions, boolean mayBeCompressed) {
    this.extensions = extensions;
    this.mayBeCompressed = mayBeCompressed;
  }

  /** The format of a file, or empty when its name has no known article extension. */
  static Optional<Detected> detect(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(GZIP_SUFFIX);
    if (gzip) {
      name = name.substring(0, name.length() - GZIP_SUFFIX.length());
    }
    for (ArticleFormat format : values()) {
      if ((!gzip || format.mayBeCompressed) && format.extensions.stream().anyMatch(name::endsWith)) {
        return Optional.of(new Detected(format, gzip));
      }
    }
    return Optional.empty();
  }

  /** Every extension, for messages ("expected one of …"). */
  static String allExtensions() {
    StringBuilder out = new StringBuilder();
    for (ArticleFormat format : values()) {
      for (String ext : format.extensions) {
        out.append(out.length() == 0 ? "" : ", ").append(ext);
        if (format.mayBeCompressed) {
          out.append(", ").append(ext).append(GZIP_SUFFIX);
        }
      }
    }
    return out.toString();
  }
}
