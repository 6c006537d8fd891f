package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read from a file or feed, before any NLP.
 *
 * @param id stable identifier: the canonical URL when there is one, else the file's path
 * @param url canonical URL, or null
 * @param title headline, never null (may be empty)
 * @param authors bylines, in order
 * @param published publication date, or null when unknown
 * @param updated date of the last update, or null
 * @param source where it was read from (file path, feed URL)
 * @param caption photo caption, kept apart from the body, or null
 * @param body the article text without title, byline, caption and trailing boilerplate
 * @param sha256 hex SHA-256 of the raw content it was read from
 */
public record Article(
    String id,
    String url,
    String title,
    List<String> authors,
    LocalDate published,
    LocalDate updated,
    String source,
    String caption,
    String body,
    String sha256) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    title = title == null ? "" : title;
    authors = List.copyOf(authors == null ? List.of() : authors);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sha256, "sha256");
  }
}
