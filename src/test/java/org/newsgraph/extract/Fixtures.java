package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;

/** Shared, loaded-once parts for extraction tests: the real OpenNLP models with a stub name finder. */
final class Fixtures {

  static final DictionaryNameTagger NAMES = DictionaryNameTagger.of(
      "Angela Merkel", "PER", "Merkel", "PER", "Emmanuel Macron", "PER", "Macron", "PER",
      "Olaf Berg", "PER", "Berg", "ORG", "Pedro Ruiz", "PER", "Ruiz", "PER",
      "Paris", "LOC", "Spain", "LOC", "Germany", "LOC", "France", "LOC", "Madrid", "LOC",
      "United Nations", "ORG", "UN", "ORG", "Acme Steel", "ORG", "Nordbank", "ORG",
      "Kelso Street", "PER", "Kelso Radio", "ORG", "Kelso Tire", "ORG", "Rubber Co", "ORG", "Kelso Motors Corp", "ORG",
      "General Motors", "PER", "Euros", "MISC", "MP", "ORG");

  static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(), NAMES));

  private Fixtures() {}

  static Article article(String title, String body) {
    return new Article("test/" + Math.abs((title + body).hashCode()), null, title, List.of(), LocalDate.of(2020, 1, 1),
        null, "test", null, body, Integer.toHexString((title + body).hashCode()));
  }

  static ExtractedArticle extract(String title, String body) {
    return EXTRACTOR.extract(article(title, body));
  }

  /** A relation as "subject TYPE object", by names. */
  static String triple(Relation r) {
    return r.subject().name() + " " + r.predicate().type() + " " + r.object().name();
  }

  /** The relations {@code extractor} reads in one sentence, as {@link #triple}s. */
  static List<String> triples(ArticleExtractor extractor, String sentence) {
    return extractor.extract(article("", sentence)).relations().stream().map(Fixtures::triple).toList();
  }
}
