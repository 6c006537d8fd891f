package org.newsgraph.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.eval.carb.CarbExtraction;
import org.newsgraph.extract.OpenExtraction;
import org.newsgraph.extract.OpenExtractor;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.NlpPipeline;

/**
 * Open extraction over CaRB-style sentences: one already-tokenised sentence per line in, CaRB
 * extractions out, each carrying its sentence exactly as read. Thread-safe.
 */
final class CarbSentences implements Function<List<String>, List<CarbExtraction>> {

  private final Function<String, AnnotatedSentence> annotator;
  private final OpenExtractor extractor = new OpenExtractor();

  CarbSentences(NlpPipeline nlp) {
    this(nlp::annotateTokens);
  }

  /** @param annotator one tokenised sentence → its annotations (the fast pipeline's or the parser's) */
  CarbSentences(Function<String, AnnotatedSentence> annotator) {
    this.annotator = annotator;
  }

  /** The extractions of all sentences, in sentence order; sentences are read on all cores. */
  @Override
  public List<CarbExtraction> apply(List<String> sentences) {
    return sentences.parallelStream().map(this::extract).flatMap(List::stream).toList();
  }

  List<CarbExtraction> extract(String sentence) {
    List<CarbExtraction> out = new ArrayList<>();
    for (OpenExtraction e : extractor.extract(annotator.apply(sentence))) {
      out.add(new CarbExtraction(sentence, e.confidence(), e.relation(), e.arguments()));
    }
    return out;
  }
}
