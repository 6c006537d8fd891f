package org.newsgraph.nlp;

import java.util.List;

/**
 * Tokenised sentences → annotated sentences whose part-of-speech tags and chunks come from the
 * constituency parser instead of the tagger and chunker. The parser weighs whole readings, so it
 * mends tags that lose a clause ("The budget cut lives in …": "lives" is the verb) at ~50 ms per
 * sentence. Tokens keep the pipeline's tag where they are punctuation, which the parser model tags
 * badly. Thread-safe.
 */
public final class ParsedSentences {

  private final NlpPipeline pipeline;
  private final ConstituencyParser parser;

  public ParsedSentences(NlpPipeline pipeline, ConstituencyParser parser) {
    this.pipeline = pipeline;
    this.parser = parser;
  }

  /** Like {@link NlpPipeline#annotateTokens}, with the parser's tags and chunks. */
  public AnnotatedSentence annotateTokens(String line) {
    AnnotatedSentence fast = pipeline.annotateTokens(line);
    if (fast.size() == 0) {
      return fast;
    }
    List<String> forms = fast.tokens().stream().map(Token::form).toList();
    Constituent tree = parser.parse(forms);
    String[] pos = new String[fast.size()];
    tags(tree, pos);
    for (int i = 0; i < pos.length; i++) {
      if (pos[i] == null || forms.get(i).chars().noneMatch(Character::isLetterOrDigit)) {
        pos[i] = fast.token(i).pos();
      }
    }
    return pipeline.retag(fast, pos, TreeChunks.of(tree, pos));
  }

  private static void tags(Constituent node, String[] pos) {
    if (node.isTag()) {
      if (node.start() < pos.length) {
        pos[node.start()] = node.label();
      }
      return;
    }
    node.children().forEach(c -> tags(c, pos));
  }
}
