package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * Builds articles from plain text ({@code .txt}) and Markdown ({@code .md}) files: one file, one
 * article, identified by the file's id unless Markdown front matter names a URL. Thread-safe.
 */
final class TextArticles {

  private TextArticles() {}

  static Article fromPlainText(String fileId, String text, String sha256) throws BadInputException {
    TextLayout.Parts parts = TextLayout.parse(text);
    return article(fileId, null, fileId, parts, sha256);
  }

  static Article fromMarkdown(String fileId, String text, String sha256) throws BadInputException {
    List<String> lines = List.of(BodyText.normaliseNewlines(text).split("\n", -1));
    FrontMatter meta = FrontMatter.read(lines);
    List<String> plain = MarkdownText.toPlainLines(lines.subList(meta.bodyStart(), lines.size()));
    String metaTitle = meta.first("title");
    String joined = String.join("\n", dropLeadingTitle(plain, metaTitle));
    TextLayout.Parts found = TextLayout.parse(metaTitle == null ? joined : metaTitle + "\n\n" + joined);

    List<String> metaAuthors = meta.all("authors", "author").stream()
        .map(a -> a.replaceFirst("(?i)^by\\s+", "").strip())
        .filter(a -> !a.isEmpty())
        .toList();
    TextLayout.Parts parts = new TextLayout.Parts(
        metaTitle == null ? found.title() : MarkdownText.inline(metaTitle),
        metaAuthors.isEmpty() ? found.authors() : metaAuthors,
        firstDate(meta.first("date", "published", "pubdate"), found.published()),
        firstDate(meta.first("updated", "modified", "lastmod"), found.updated()),
        meta.first("caption") != null ? meta.first("caption") : found.caption(),
        found.body());
    String url = meta.first("url", "canonical_url", "canonical", "link");
    String source = meta.first("source");
    return article(url != null ? url : fileId, url, source != null ? source : fileId, parts, sha256);
  }

  private static List<String> dropLeadingTitle(List<String> plain, String title) {
    if (title == null) {
      return plain;
    }
    for (int i = 0; i < plain.size(); i++) {
      if (!plain.get(i).isBlank()) {
        boolean same = plain.get(i).strip().equalsIgnoreCase(MarkdownText.inline(title).strip());
        return same ? plain.subList(i + 1, plain.size()) : plain;
      }
    }
    return plain;
  }

  private static LocalDate firstDate(String metaValue, LocalDate fallback) {
    LocalDate parsed = Dates.parse(metaValue);
    return parsed != null ? parsed : fallback;
  }

  private static Article article(String id, String url, String source, TextLayout.Parts parts,
      String sha256) throws BadInputException {
    if (parts.title().isEmpty() && parts.body().isEmpty()) {
      throw new BadInputException("no text (empty or whitespace-only file)");
    }
    if (parts.body().isEmpty()) {
      throw new BadInputException("no body text after the title \"" + parts.title() + "\"");
    }
    return new Article(id, url, parts.title(), parts.authors(), parts.published(), parts.updated(),
        source, parts.caption(), parts.body(), sha256);
  }
}
