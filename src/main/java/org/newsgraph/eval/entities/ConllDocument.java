package org.newsgraph.eval.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.ner.ConllReader;
import org.newsgraph.nlp.ner.ConllSentence;
import org.newsgraph.nlp.ner.NameSpan;

/**
 * One CoNLL document rebuilt as a plain-text article: its first sentence is the title, then a
 * blank line, then the other sentences, one paragraph each.
 *
 * @param index position of the document in its file, from 0
 * @param sentences its gold sentences (tokens and tags)
 */
public record ConllDocument(int index, List<ConllSentence> sentences) {

  public ConllDocument {
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("document " + index + " has no sentences");
    }
  }

  /** The documents of a CoNLL file, split at {@code -DOCSTART-}. */
  public static List<ConllDocument> of(List<ConllSentence> sentences) {
    List<ConllDocument> out = new ArrayList<>();
    for (List<ConllSentence> d : ConllReader.documents(sentences)) {
      out.add(new ConllDocument(out.size(), d));
    }
    return out;
  }

  /** The article's text, as a {@code .txt} file would hold it: title, blank line, body paragraphs. */
  public String articleText() {
    List<String> paragraphs = new ArrayList<>();
    for (ConllSentence s : sentences) {
      paragraphs.add(Detokenizer.join(s.tokens()));
    }
    return String.join("\n\n", paragraphs) + "\n";
  }

  /** The gold names, as written in the article text. */
  public List<TypedSurface> goldNames() {
    List<TypedSurface> out = new ArrayList<>();
    for (ConllSentence s : sentences) {
      out.addAll(surfaces(s.tokens(), s.names()));
    }
    return out;
  }

  /** Names found over these tokens (by a name finder, say), as written in the article text. */
  public static List<TypedSurface> surfaces(List<String> tokens, List<NameSpan> names) {
    List<TypedSurface> out = new ArrayList<>();
    for (NameSpan n : names) {
      out.add(new TypedSurface(Detokenizer.join(tokens.subList(n.start(), n.end())), n.type()));
    }
    return out;
  }
}
