package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags CoNLL sentences with a {@link NameFinder}, one document at a time so the document-level
 * features see the same context they saw in training.
 */
public final class ConllTagger {

  private final NameFinder finder;
  private final boolean documentContext;

  /**
   * @param documentContext true to tag each document with {@link NameFinder#findInDocument},
   *     false to tag every sentence on its own with {@link NameFinder#find}
   */
  public ConllTagger(NameFinder finder, boolean documentContext) {
    this.finder = finder;
    this.documentContext = documentContext;
  }

  /** Predicted IOB2 tags, one list per input sentence, in input order. */
  public List<List<String>> tag(List<ConllSentence> sentences) {
    List<List<String>> tags = new ArrayList<>(sentences.size());
    for (List<ConllSentence> document : ConllReader.documents(sentences)) {
      if (documentContext) {
        List<List<String>> tokens = document.stream().map(ConllSentence::tokens).toList();
        List<List<NameSpan>> names = finder.findInDocument(tokens);
        for (int i = 0; i < document.size(); i++) {
          tags.add(IobTags.encode(names.get(i), tokens.get(i).size()));
        }
      } else {
        for (ConllSentence sentence : document) {
          tags.add(IobTags.encode(finder.find(sentence.tokens()), sentence.tokens().size()));
        }
      }
    }
    return tags;
  }

  /** Tags the sentences and scores the result against their own tags. */
  public NerScores evaluate(List<ConllSentence> gold) {
    List<List<String>> predicted = tag(gold);
    NerScorer scorer = new NerScorer();
    for (int i = 0; i < gold.size(); i++) {
      scorer.addTags(gold.get(i).tags(), predicted.get(i));
    }
    return scorer.scores();
  }
}
