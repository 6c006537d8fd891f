package org.newsgraph.ingest.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article described in a page's JSON-LD ({@code <script type=application/ld+json>}):
 * the first node typed as an article ({@code NewsArticle}, {@code Article}, {@code BlogPosting},
 * …), else the first node with a {@code datePublished}. Scripts that are not valid JSON are
 * skipped, since a page's metadata must never stop its text from being read. Thread-safe.
 */
final class JsonLd {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonLd NONE = new JsonLd(MAPPER.createObjectNode());

  private final JsonNode article;

  private JsonLd(JsonNode article) {
    this.article = article;
  }

  /** The page's article node, or an empty one when the page has none. */
  static JsonLd of(Document page) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type=\"application/ld+json\"]")) {
      try {
        collect(MAPPER.readTree(script.data()), nodes);
      } catch (JsonProcessingException e) {
        // skipped, see the class comment
      }
    }
    JsonLd dated = null;
    for (JsonNode node : nodes) {
      if (isArticle(node.path("@type"))) {
        return new JsonLd(node);
      }
      if (dated == null && node.hasNonNull("datePublished")) {
        dated = new JsonLd(node);
      }
    }
    return dated != null ? dated : NONE;
  }

  /** {@code datePublished} as written, or null. */
  String datePublished() {
    return text(article.path("datePublished"));
  }

  /** {@code dateModified} as written, or null. */
  String dateModified() {
    return text(article.path("dateModified"));
  }

  /** The names in {@code author}: a name, a person or organisation, or an array of them. */
  List<String> authors() {
    List<String> names = new ArrayList<>();
    JsonNode author = article.path("author");
    for (JsonNode one : author.isArray() ? author : List.of(author)) {
      String name = one.isObject() ? text(one.path("name")) : text(one);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> collect(child, into));
    } else if (node.isObject()) {
      into.add(node);
      collect(node.get("@graph"), into);
    }
  }

  private static boolean isArticle(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (isArticle(one)) {
          return true;
        }
      }
      return false;
    }
    String name = type.asText("");
    return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("Report");
  }

  private static String text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
  }
}
