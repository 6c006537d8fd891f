package org.newsgraph.nlp;

import java.util.List;

/**
 * Tokenised sentences → annotated sentences whose part-of-speech tags come from the constituency
 * parser's best tree, chunked again by the chunker. The parser weighs whole readings, so it mends
 * tags that lose a clause ("The budget cut lives in …": "lives" is the verb), at ~40 ms per
 * sentence. Punctuation keeps the tagger's tag: the parser model tags brackets badly.
 *
 * <p>The tree's own phrases, read as chunks, scored lower on CaRB dev (F1 .525) than the chunker
 * over the parser's tags (.530): the open extractor's rules were written against the chunker's
 * habits. Thread-safe.
 */
public final class ParsedSentences {

  private final NlpPipeline pipeline;
  private final ConstituencyParser parser;

  public ParsedSentences(NlpPipeline pipeline, ConstituencyParser parser) {
    this.pipeline = pipeline;
    this.parser = parser;
  }

  /** Like {@link NlpPipeline#annotateTokens}, with the parser's tags. */
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
    agreeConjuncts(tree, pos);
    return pipeline.retag(fast, pos);
  }

  /**
   * "killed three soldiers and captured two": verb phrases joined by "and" share their tense, so a
   * later conjunct that the parser tags as a participle or base form takes the first one's finite
   * tag (VBD for VBN, VBP for VB), and the extractor reads it as a clause of its own.
   */
  static void agreeConjuncts(Constituent node, String[] pos) {
    if (node.label().equals("VP")) {
      List<Constituent> conjuncts = node.children().stream().filter(c -> c.label().equals("VP")).toList();
      boolean coordinated = node.children().stream().anyMatch(c -> c.label().equals("CC"));
      if (coordinated && conjuncts.size() >= 2) {
        String first = pos[conjuncts.get(0).start()];
        for (Constituent c : conjuncts.subList(1, conjuncts.size())) {
          String tag = pos[c.start()];
          if (first.equals("VBD") && tag.equals("VBN") || first.equals("VBP") && tag.equals("VB")) {
            pos[c.start()] = first;
          }
        }
      }
    }
    node.children().forEach(c -> agreeConjuncts(c, pos));
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
