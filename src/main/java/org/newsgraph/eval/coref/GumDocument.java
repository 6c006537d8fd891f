package org.newsgraph.eval.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A GUM document: its sentences and every referring expression with its chain. As an article, the
 * first sentence is the title and each further sentence a paragraph of the body.
 */
public record GumDocument(String id, List<GumSentence> sentences, List<GumMention> mentions) {
  public GumDocument {
    Objects.requireNonNull(id, "id");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  public GumSentence sentence(int i) {
    return sentences.get(i);
  }

  /** The headline: the first sentence, or "" for a document of one sentence (an article needs a body). */
  public String title() {
    return sentences.size() > 1 ? sentences.get(0).text() : "";
  }

  /** The sentences after the title, one paragraph each, separated by a blank line. */
  public String body() {
    List<String> texts = sentences.stream().map(GumSentence::text).toList();
    return String.join("\n\n", sentences.size() > 1 ? texts.subList(1, texts.size()) : texts);
  }

  /** The mentions of one chain, in document order. */
  public List<GumMention> chain(int chain) {
    List<GumMention> out = new ArrayList<>();
    for (GumMention m : mentions) {
      if (m.chain() == chain) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Where each sentence starts in {@code analysed}, the text the pipeline read, found in order (so a
   * repeated sentence is placed at its own occurrence); -1 for a sentence the reader changed.
   */
  public int[] sentenceStarts(String analysed) {
    int[] out = new int[sentences.size()];
    int from = 0;
    for (int i = 0; i < sentences.size(); i++) {
      int at = analysed.indexOf(sentences.get(i).text(), from);
      out[i] = at;
      if (at >= 0) {
        from = at + sentences.get(i).text().length();
      }
    }
    return out;
  }
}
