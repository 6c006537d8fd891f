package org.newsgraph.nlp.ner;

import java.util.List;

/**
 * One sentence of a CoNLL file: its tokens and their IOB2 tags.
 *
 * @param tokens the first column
 * @param tags the last column ("O" when the file has a single column)
 * @param documentStart true for the first sentence after a {@code -DOCSTART-} line (and for the
 *     first sentence of a file)
 */
public record ConllSentence(List<String> tokens, List<String> tags, boolean documentStart) {

  public ConllSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("empty sentence");
    }
  }

  /** The gold names of this sentence, decoded from its tags. */
  public List<NameSpan> names() {
    return IobTags.decode(tags);
  }
}
