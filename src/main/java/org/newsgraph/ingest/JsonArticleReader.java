package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads JSON files (one article object, or an array of them) and JSON Lines files (one object
 * per line), one record at a time so that memory does not grow with the file. A bad record is
 * reported and skipped; a JSON Lines file carries on at the next line, a JSON file stops at a
 * syntax error because nothing after it can be trusted. Thread-safe.
 */
final class JsonArticleReader {

  private final ObjectMapper mapper = new ObjectMapper();
  /** A JSON Lines line holds exactly one value; anything after it means the line is broken. */
  private final ObjectReader lineReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final JsonRecords records = new JsonRecords(mapper);

  /** Reads a {@code .json} document: one object, or an array of objects. */
  void readJson(InputStream in, String fileId, ArticleSink sink) throws IOException, BadInputException {
    try (JsonParser parser = mapper.getFactory().createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new BadInputException("empty file");
      }
      if (first == JsonToken.START_ARRAY) {
        readArray(parser, fileId, sink);
      } else {
        int line = line(parser.currentTokenLocation());
        JsonNode node = mapper.readTree(parser);
        emit(node, fileId, null, records.canonicalSha256(node), line, sink, new HashMap<>());
      }
      if (parser.nextToken() != null) {
        sink.problem(line(parser.currentTokenLocation()), "unexpected content after the JSON value");
      }
    } catch (JsonProcessingException e) {
      throw new BadInputException(line(e.getLocation()), "malformed JSON: " + e.getOriginalMessage());
    }
  }

  private void readArray(JsonParser parser, String fileId, ArticleSink sink) throws IOException {
    Map<String, Integer> seen = new HashMap<>();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == null) {
        throw new JsonParseException(parser, "the array is not closed");
      }
      int line = line(parser.currentTokenLocation());
      JsonNode node = mapper.readTree(parser);
      emit(node, fileId, "[" + index + "]", records.canonicalSha256(node), line, sink, seen);
      index++;
    }
  }

  /** Reads a {@code .jsonl}/{@code .ndjson} file; blank lines are allowed. */
  void readJsonLines(InputStream in, String fileId, ArticleSink sink) throws IOException, BadInputException {
    ByteLines lines = new ByteLines(in);
    Map<String, Integer> seen = new HashMap<>();
    boolean sawRecord = false;
    byte[] raw;
    while ((raw = lines.next()) != null) {
      int line = lines.number();
      String text;
      try {
        text = Utf8.decode(raw, line);
      } catch (BadInputException e) {
        sink.problem(line, e.getMessage());
        continue;
      }
      if (line == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      sawRecord = true;
      JsonNode node;
      try {
        node = lineReader.readTree(text);
      } catch (JsonProcessingException e) {
        sink.problem(line, "not valid JSON: " + e.getOriginalMessage());
        continue;
      }
      emit(node, fileId, "L" + line, Hashes.sha256(raw), line, sink, seen);
    }
    if (!sawRecord) {
      throw new BadInputException("empty file");
    }
  }

  /**
   * Hands one record's article on, unless an earlier record of the same file had its id: two
   * records with one id would replace each other in the graph, the last one winning unseen.
   */
  private void emit(JsonNode node, String fileId, String position, String sha256, int line, ArticleSink sink,
      Map<String, Integer> seen) {
    try {
      Article article = records.toArticle(node, fileId, position, sha256);
      Integer first = seen.putIfAbsent(article.id(), line);
      if (first != null) {
        sink.problem(line, "skipped: the same id as the record at line " + first + " ("
            + TerminalText.excerpt(article.id(), TerminalText.EXCERPT_CHARS) + "); ids must be unique within a file");
        return;
      }
      sink.article(article);
    } catch (BadInputException e) {
      sink.problem(line, e.getMessage());
    }
  }

  private static int line(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }
}
