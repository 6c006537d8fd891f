package org.newsgraph.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of an evaluation corpus as a JSON Lines file of articles, so that the evaluations
 * read them through the same reader and pipeline as {@code load}, and the document id back from
 * the id the reader gives each article.
 */
final class EvalArticles {

  /** One document: its id in the corpus, and the title and body its article gets. */
  record Document(String id, String title, String body) {}

  private EvalArticles() {}

  /** Writes one record per document (id, title, body) to {@code file} and returns it. */
  static Path write(List<Document> documents, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Document d : documents) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("id", d.id());
        record.put("title", d.title());
        record.put("body", d.body());
        out.write(mapper.writeValueAsString(record));
        out.newLine();
      }
    }
    return file;
  }

  /** The corpus id of a document from its article's id: the file's id, '#', the record's id. */
  static String documentId(String articleId) {
    return articleId.substring(articleId.lastIndexOf('#') + 1);
  }
}
