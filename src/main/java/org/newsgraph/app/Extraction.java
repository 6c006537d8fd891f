package org.newsgraph.app;

import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NameTagger;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.ner.NameFinder;

/** Builds the extraction stage from the shipped models (loaded once per process). */
final class Extraction {

  private Extraction() {}

  static ArticleExtractor fromShippedModels() {
    NameFinder names = NameFinder.loadDefault();
    return new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(), names::findInDocument));
  }

  /** Open extraction for CaRB sentences; it needs no names, so the name finder is not loaded. */
  static CarbSentences carbFromShippedModels() {
    return new CarbSentences(new NlpPipeline(NlpModels.loadDefault(), NameTagger.NONE));
  }
}
