package org.newsgraph.eval.coref;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GUM's CoNLL-U with coreference in the MISC column: {@code Entity=(7-person-…} opens a
 * mention of chain 7 at a word, {@code 7)} closes the latest open one, {@code (7-person-…)} is a
 * mention of one word. Contractions ("daughter's" over "daughter" and "'s") give their words the
 * token's place in the text; empty nodes are skipped.
 */
public final class GumReader {

  /** GUM's held-out news documents used for development; the others are for tuning. */
  public static final List<String> DEV = List.of("GUM_news_homeopathic", "GUM_news_iodine");

  private static final Pattern ENTITY = Pattern.compile("\\((\\d+)-([^-()]+)[^()]*(\\))?|(\\d+)\\)");

  private GumReader() {}

  /** The documents of a split (dev or train) from {@code dir/dep/GUM_news_*.conllu}, sorted by name. */
  public static List<GumDocument> read(Path dir, boolean dev) throws IOException {
    Path dep = dir.resolve("dep");
    List<Path> files;
    try (var list = Files.list(dep)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().toList();
    }
    List<GumDocument> out = new ArrayList<>();
    for (Path f : files) {
      for (GumDocument d : parse(Files.readAllLines(f, StandardCharsets.UTF_8))) {
        if (DEV.contains(d.id()) == dev) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** The documents in CoNLL-U lines; a document starts at {@code # newdoc id = …}. */
  public static List<GumDocument> parse(List<String> lines) {
    List<GumDocument> out = new ArrayList<>();
    Builder doc = null;
    List<String> block = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("# newdoc id = ")) {
        if (doc != null) {
          doc.sentence(block);
          out.add(doc.build());
        }
        doc = new Builder(line.substring("# newdoc id = ".length()).strip());
        block.clear();
      } else if (line.isBlank()) {
        if (doc == null) {
          doc = new Builder("document");
        }
        doc.sentence(block);
        block.clear();
      } else {
        block.add(line);
      }
    }
    if (doc != null) {
      doc.sentence(block);
      out.add(doc.build());
    }
    return out;
  }

  /** A mention opened at a word and not closed yet. */
  private record Open(int word, String type) {}

  private static final class Builder {
    private final String id;
    private final List<GumSentence> sentences = new ArrayList<>();
    private final List<GumMention> mentions = new ArrayList<>();

    Builder(String id) {
      this.id = id;
    }

    void sentence(List<String> lines) {
      String text = null;
      List<String[]> rows = new ArrayList<>();
      for (String line : lines) {
        if (line.startsWith("# text = ")) {
          text = line.substring("# text = ".length());
        } else if (!line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
      if (rows.isEmpty()) {
        return;
      }
      if (text == null) {
        throw new IllegalArgumentException(id + ": sentence " + (sentences.size() + 1) + " has no '# text' line");
      }
      int index = sentences.size();
      List<GumWord> words = new ArrayList<>();
      Map<Integer, Deque<Open>> open = new HashMap<>();
      int cursor = 0;
      int tokenEnd = -1; // last word of the contraction being read
      int tokenStart = 0;
      int tokenStop = 0;
      for (String[] r : rows) {
        if (r.length < 10 || r[0].contains(".")) {
          continue;
        }
        if (r[0].contains("-")) {
          String[] range = r[0].split("-");
          tokenEnd = Integer.parseInt(range[1]);
          tokenStart = place(text, r[1], cursor);
          tokenStop = tokenStart + r[1].length();
          cursor = Math.max(cursor, tokenStop);
          continue;
        }
        int n = Integer.parseInt(r[0]);
        int start;
        int end;
        if (n <= tokenEnd) {
          start = tokenStart;
          end = tokenStop;
        } else {
          start = place(text, r[1], cursor);
          end = start + r[1].length();
          cursor = Math.max(cursor, end);
        }
        words.add(new GumWord(r[1], r[4], Integer.parseInt(r[6]) - 1, start, Math.min(end, text.length())));
        entities(misc(r[9], "Entity"), index, words.size() - 1, open);
      }
      sentences.add(new GumSentence(text, words));
    }

    /** Where {@code form} is in the text from {@code cursor}; the cursor itself when it is not there. */
    private static int place(String text, String form, int cursor) {
      int at = text.indexOf(form, cursor);
      return at < 0 ? Math.min(cursor, text.length()) : at;
    }

    private void entities(String value, int sentence, int word, Map<Integer, Deque<Open>> open) {
      if (value == null) {
        return;
      }
      Matcher m = ENTITY.matcher(value);
      while (m.find()) {
        if (m.group(1) != null) {
          int chain = Integer.parseInt(m.group(1));
          if (m.group(3) != null) {
            mentions.add(new GumMention(sentence, word, word, chain, m.group(2)));
          } else {
            open.computeIfAbsent(chain, k -> new ArrayDeque<>()).push(new Open(word, m.group(2)));
          }
        } else {
          Deque<Open> started = open.get(Integer.parseInt(m.group(4)));
          if (started == null || started.isEmpty()) {
            throw new IllegalArgumentException(id + ": sentence " + (sentence + 1) + " closes chain " + m.group(4)
                + " that is not open");
          }
          Open s = started.pop();
          mentions.add(new GumMention(sentence, s.word(), word, Integer.parseInt(m.group(4)), s.type()));
        }
      }
    }

    private static String misc(String column, String key) {
      for (String field : column.split("\\|")) {
        if (field.startsWith(key + "=")) {
          return field.substring(key.length() + 1);
        }
      }
      return null;
    }

    GumDocument build() {
      mentions.sort(java.util.Comparator.comparingInt(GumMention::sentence).thenComparingInt(GumMention::first)
          .thenComparingInt(GumMention::last));
      return new GumDocument(id, sentences, mentions);
    }
  }
}
