package org.newsgraph.eval.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One split of ECB+ as Barhom et al. (2019) publish it: {@code ECB_<Split>_corpus.txt} (TSV: document,
 * sentence, token, word, coreference tag; only the annotated sentences) and
 * {@code ECB_<Split>_Entity_gold_mentions.json} (the entity mentions and their chains).
 *
 * @param documents in the order of the corpus file
 * @param mentions the gold entity mentions of those documents
 * @param lowerCaseWords the words ECB+ writes in lower case somewhere, in this split or the other one
 *     when it is there: the vocabulary that tells a capitalised common word from a name ({@link NameRule})
 */
public record EcbCorpus(List<EcbDocument> documents, List<GoldMention> mentions, Set<String> lowerCaseWords) {

  public EcbCorpus {
    documents = List.copyOf(documents);
    mentions = List.copyOf(mentions);
    lowerCaseWords = Set.copyOf(lowerCaseWords);
  }

  /** A corpus whose lower-case words are those of its own documents. */
  public EcbCorpus(List<EcbDocument> documents, List<GoldMention> mentions) {
    this(documents, mentions, lowerCaseWords(documents));
  }

  static Set<String> lowerCaseWords(List<EcbDocument> documents) {
    Set<String> out = new HashSet<>();
    for (EcbDocument d : documents) {
      for (EcbSentence s : d.sentences()) {
        s.tokens().stream().filter(t -> !t.isEmpty() && Character.isLowerCase(t.charAt(0))).forEach(out::add);
      }
    }
    return out;
  }

  /** How the name rule reads a document of this corpus. */
  public NameRule nameRule(EcbDocument document) {
    return new NameRule(document, lowerCaseWords);
  }

  /** @param split "Dev" or "Train" (any case) */
  public static EcbCorpus read(Path dir, String split) throws IOException {
    String name = split.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + split.substring(1).toLowerCase(java.util.Locale.ROOT);
    List<EcbDocument> documents = readCorpus(dir.resolve("ECB_" + name + "_corpus.txt"));
    List<GoldMention> mentions = readMentions(dir.resolve("ECB_" + name + "_Entity_gold_mentions.json"));
    Set<String> lowerCase = lowerCaseWords(documents);
    for (String other : List.of("Train", "Dev")) {
      Path corpus = dir.resolve("ECB_" + other + "_corpus.txt");
      if (!other.equals(name) && Files.isReadable(corpus)) {
        lowerCase.addAll(lowerCaseWords(readCorpus(corpus)));
      }
    }
    return new EcbCorpus(documents, mentions, lowerCase);
  }

  /** The documents (and their mentions) whose id passes {@code keep}; the lower-case words stay the split's. */
  public EcbCorpus only(Predicate<String> keep) {
    return new EcbCorpus(documents.stream().filter(d -> keep.test(d.id())).toList(),
        mentions.stream().filter(m -> keep.test(m.document())).toList(), lowerCaseWords);
  }

  static List<EcbDocument> readCorpus(Path file) throws IOException {
    Map<String, TreeMap<Integer, TreeMap<Integer, String>>> tokens = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
          throw new IOException(file + ":" + number + ": expected document, sentence, token, word, tag");
        }
        try {
          tokens.computeIfAbsent(f[0], k -> new TreeMap<>()).computeIfAbsent(Integer.parseInt(f[1]), k -> new TreeMap<>())
              .put(Integer.parseInt(f[2]), f[3]);
        } catch (NumberFormatException e) {
          throw new IOException(file + ":" + number + ": sentence and token ids must be numbers", e);
        }
      }
    }
    List<EcbDocument> out = new ArrayList<>();
    tokens.forEach((id, sentences) -> {
      List<EcbSentence> list = new ArrayList<>();
      sentences.forEach((s, words) -> list.add(new EcbSentence(s, List.copyOf(words.values()))));
      out.add(new EcbDocument(id, list));
    });
    return out;
  }

  static List<GoldMention> readMentions(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (!root.isArray()) {
      throw new IOException(file + ": expected a JSON array of mentions");
    }
    List<GoldMention> out = new ArrayList<>();
    for (JsonNode m : root) {
      List<Integer> tokens = new ArrayList<>();
      m.path("tokens_number").forEach(t -> tokens.add(t.asInt()));
      out.add(new GoldMention(m.path("coref_chain").asText(), m.path("doc_id").asText(), m.path("sent_id").asInt(),
          tokens.stream().sorted().toList(), m.path("tokens_str").asText(), m.path("mention_type").asText()));
    }
    return out;
  }
}
