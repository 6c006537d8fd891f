package org.newsgraph.app;

import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.nlp.ConstituencyParser;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NameTagger;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.ParsedSentences;
import org.newsgraph.nlp.ner.NameFinder;

/** Builds the extraction stage from the shipped models (loaded once per process). */
final class Extraction {

  private Extraction() {}

  static ArticleExtractor fromShippedModels() {
    NameFinder names = NameFinder.loadDefault();
    return new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(), names::findInDocument));
  }

  /** Open extraction for CaRB sentences; it needs no names, so the name finder is not loaded. */
  static CarbSentences carbFromShippedModels(ExtractionMode mode) {
    NlpPipeline nlp = new NlpPipeline(NlpModels.loadDefault(), NameTagger.NONE);
    return switch (mode) {
      case FAST -> new CarbSentences(nlp);
      case ACCURATE -> new CarbSentences(new ParsedSentences(nlp, ConstituencyParser.loadDefault())::annotateTokens);
    };
  }
}
