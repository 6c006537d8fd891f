package org.newsgraph.app;

import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.ner.NameFinder;

/** Builds the extraction stage from the shipped models (loaded once per process). */
final class Extraction {

  private Extraction() {}

  static ArticleExtractor fromShippedModels() {
    NameFinder names = NameFinder.loadDefault();
    return new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(), names::findInDocument));
  }
}
