package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps one JSON article record to an {@link Article}. Fields: {@code id}, {@code url},
 * {@code title}, {@code published} or {@code date}, {@code updated}, {@code authors} (array of
 * names or of objects with a {@code name}) or {@code author}, {@code text} or {@code body},
 * {@code caption}, {@code source}. Unknown fields are ignored. Thread-safe.
 */
final class JsonRecords {

  private final ObjectMapper mapper;

  JsonRecords(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * @param fileId id of the file the record is in
   * @param position fallback id suffix when the record has neither url nor id (e.g. "L3"), or
   *     null when the record is the whole file
   */
  Article toArticle(JsonNode node, String fileId, String position, String sha256) throws BadInputException {
    if (!node.isObject()) {
      throw new BadInputException("expected a JSON object for an article, found " + node.getNodeType());
    }
    String body = BodyText.clean(firstText(node, "text", "body"));
    if (body.isEmpty()) {
      throw new BadInputException("record has no text (\"text\" or \"body\" is missing or empty)");
    }
    String url = firstText(node, "url");
    String recordId = firstText(node, "id");
    String id;
    if (!url.isEmpty()) {
      id = url;
    } else if (!recordId.isEmpty()) {
      id = fileId + "#" + recordId;
    } else {
      id = position == null ? fileId : fileId + "#" + position;
    }
    String source = firstText(node, "source");
    return new Article(id, url.isEmpty() ? null : url, firstText(node, "title").replaceAll("\\s+", " "),
        authors(node), Dates.parse(firstText(node, "published", "date")), Dates.parse(firstText(node, "updated")),
        source.isEmpty() ? fileId : source, emptyToNull(firstText(node, "caption")), body, sha256);
  }

  /** SHA-256 of the record with its keys sorted and no whitespace, so formatting doesn't count. */
  String canonicalSha256(JsonNode node) {
    try {
      return Hashes.sha256(mapper.writeValueAsBytes(sorted(node)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON tree can always be written", e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        fields.put(e.getKey(), sorted(e.getValue()));
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      fields.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      var out = JsonNodeFactory.instance.arrayNode();
      node.forEach(child -> out.add(sorted(child)));
      return out;
    }
    return node;
  }

  private static List<String> authors(JsonNode node) {
    List<String> names = new ArrayList<>();
    JsonNode authors = node.has("authors") ? node.get("authors") : node.get("author");
    if (authors == null || authors.isNull()) {
      return names;
    }
    Iterable<JsonNode> items = authors.isArray() ? authors : List.of(authors);
    for (JsonNode item : items) {
      String name = item.isObject() ? text(item.get("name")) : text(item);
      name = name.replaceFirst("(?i)^by\\s+", "").strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  /** The first of the fields that holds a non-blank scalar, as text; "" when none does. */
  private static String firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      String value = text(node.get(field)).strip();
      if (!value.isEmpty()) {
        return value;
      }
    }
    return "";
  }

  private static String text(JsonNode value) {
    return value == null || !value.isValueNode() || value.isNull() ? "" : value.asText();
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
