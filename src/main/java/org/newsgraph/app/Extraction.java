package org.newsgraph.app;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.nlp.ConstituencyParser;
import org.newsgraph.nlp.NameTagger;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.ParsedSentences;
import org.newsgraph.nlp.StageTimes;
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

  /**
   * The same extractor, counting the tokens it analyses into {@code tokens} (the name finder sees
   * every sentence's tokens exactly once, so it is where they are counted) and the time of each NLP
   * stage into {@code times}.
   */
  static ArticleExtractor fromShippedModels(LongAdder tokens, StageTimes times) {
    NameFinder names = NameFinder.loadDefault();
    NameTagger counting = sentences -> {
      long n = 0;
      for (List<String> s : sentences) {
        n += s.size();
      }
      tokens.add(n);
      return names.findInDocument(sentences);
    };
    return new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(), counting, times));
  }

  /** Loads the models on first use only: a re-load of unchanged articles never needs them. */
  static Supplier<ArticleExtractor> lazy(Supplier<ArticleExtractor> factory) {
    return new Supplier<>() {
      private ArticleExtractor extractor;

      @Override
      public synchronized ArticleExtractor get() {
        if (extractor == null) {
          extractor = factory.get();
        }
        return extractor;
      }
    };
  }
}
