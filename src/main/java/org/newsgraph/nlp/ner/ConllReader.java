package org.newsgraph.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style NER files: one token a line, first column the token, last column its IOB2
 * tag (columns split on spaces or tabs); a blank line between sentences; {@code -DOCSTART-}
 * lines are skipped and mark the start of a document. A line with a single column is a token
 * without a tag ("O"), so plain token-per-line files can be tagged too.
 */
public final class ConllReader {

  private static final String DOCSTART = "-DOCSTART-";

  private ConllReader() {}

  public static List<ConllSentence> read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoNLL file " + file, e);
    }
  }

  public static List<ConllSentence> read(BufferedReader in) throws IOException {
    List<ConllSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean documentStart = true;
    int lineNumber = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith(DOCSTART)) {
        if (!tokens.isEmpty()) {
          sentences.add(new ConllSentence(tokens, tags, documentStart));
          documentStart = false;
          tokens.clear();
          tags.clear();
        }
        documentStart |= trimmed.startsWith(DOCSTART);
        continue;
      }
      String[] columns = trimmed.split("[ \t]+");
      String tag = columns.length > 1 ? columns[columns.length - 1] : IobTags.OUTSIDE;
      try {
        IobTags.typeOf(tag);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
      }
      tokens.add(columns[0]);
      tags.add(tag);
    }
    if (!tokens.isEmpty()) {
      sentences.add(new ConllSentence(tokens, tags, documentStart));
    }
    return sentences;
  }

  /** Splits sentences into documents at {@link ConllSentence#documentStart()}. */
  public static List<List<ConllSentence>> documents(List<ConllSentence> sentences) {
    List<List<ConllSentence>> documents = new ArrayList<>();
    List<ConllSentence> current = new ArrayList<>();
    for (ConllSentence sentence : sentences) {
      if (sentence.documentStart() && !current.isEmpty()) {
        documents.add(List.copyOf(current));
        current.clear();
      }
      current.add(sentence);
    }
    if (!current.isEmpty()) {
      documents.add(List.copyOf(current));
    }
    return documents;
  }
}
