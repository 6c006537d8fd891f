package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.nlp.ner.NameSpan;

/**
 * Finds named entities in one tokenised sentence.
 *
 * <p>Input: token forms (PTB-style, straight quotes). Output: typed spans over token indices.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface NameTagger {
  List<NameSpan> find(List<String> tokens);

  NameTagger NONE = tokens -> List.of();
}
