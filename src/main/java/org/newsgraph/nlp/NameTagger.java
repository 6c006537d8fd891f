package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.ner.NameSpan;

/**
 * Finds named entities in the sentences of one document.
 *
 * <p>Input: each sentence's token forms (PTB-style, straight quotes), in document order, so that a
 * tagger may use what earlier sentences said about a name. Output: typed spans over token indices,
 * one list per sentence. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface NameTagger {
  List<List<NameSpan>> findInDocument(List<List<String>> sentences);

  NameTagger NONE = sentences -> {
    List<List<NameSpan>> out = new ArrayList<>();
    sentences.forEach(s -> out.add(List.of()));
    return out;
  };
}
