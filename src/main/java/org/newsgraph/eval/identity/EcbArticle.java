package org.newsgraph.eval.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.entities.Detokenizer;

/**
 * An ECB+ document written as a news article: each gold sentence a paragraph, the first one the
 * title (a document of one sentence has no title: an article needs a body), tokens joined as a
 * newspaper prints them ({@link Detokenizer}, with {@code ``} and {@code ''} printed as straight
 * quotes). Knows where each token lies in the paragraph it is in, and where each paragraph lies
 * in the text the project analyses (title, blank line, body). Immutable.
 */
public final class EcbArticle {

  private final EcbDocument document;
  private final Map<Integer, Detokenizer.Layout> paragraphs = new LinkedHashMap<>();

  private EcbArticle(EcbDocument document) {
    this.document = document;
    for (EcbSentence s : document.sentences()) {
      paragraphs.put(s.id(), Detokenizer.layout(s.tokens().stream().map(EcbArticle::printed).toList()));
    }
  }

  public static EcbArticle of(EcbDocument document) {
    return new EcbArticle(document);
  }

  private static String printed(String token) {
    return token.equals("``") || token.equals("''") ? "\"" : token;
  }

  public EcbDocument document() {
    return document;
  }

  /** The headline: the first sentence, or "" for a document of one sentence. */
  public String title() {
    return hasTitle() ? texts().get(0) : "";
  }

  /** The body: the sentences after the title, one paragraph each, separated by a blank line. */
  public String body() {
    List<String> texts = texts();
    return String.join("\n\n", hasTitle() ? texts.subList(1, texts.size()) : texts);
  }

  private boolean hasTitle() {
    return paragraphs.size() > 1;
  }

  private List<String> texts() {
    return paragraphs.values().stream().map(Detokenizer.Layout::text).toList();
  }

  /**
   * Where each sentence's paragraph starts in {@code analysed}, the text the pipeline read (found
   * in order, so that a sentence repeated in the document is placed at its own occurrence). A
   * paragraph the reader dropped or changed has no entry: its mentions cannot be placed.
   */
  public Map<Integer, Integer> paragraphStarts(String analysed) {
    Map<Integer, Integer> out = new HashMap<>();
    int from = 0;
    for (Map.Entry<Integer, Detokenizer.Layout> p : paragraphs.entrySet()) {
      int at = analysed.indexOf(p.getValue().text(), from);
      if (at >= 0) {
        out.put(p.getKey(), at);
        from = at + p.getValue().text().length();
      }
    }
    return out;
  }

  /** Start (inclusive) and end (exclusive) of a token in its paragraph. */
  public int[] tokenSpan(int sentence, int token) {
    Detokenizer.Layout layout = paragraphs.get(sentence);
    if (layout == null) {
      throw new IllegalArgumentException("document " + document.id() + " has no sentence " + sentence);
    }
    int start = layout.starts().get(token);
    return new int[] {start, start + printed(document.sentence(sentence).tokens().get(token)).length()};
  }

  /** The mention's tokens as printed in the article: from its first token to its last. */
  public String text(GoldMention m) {
    Detokenizer.Layout layout = paragraphs.get(m.sentence());
    int start = tokenSpan(m.sentence(), m.tokens().get(0))[0];
    int end = tokenSpan(m.sentence(), m.tokens().get(m.tokens().size() - 1))[1];
    return layout.text().substring(start, end);
  }

  /** All paragraphs in order, for tests and messages. */
  List<String> paragraphTexts() {
    return new ArrayList<>(texts());
  }
}
