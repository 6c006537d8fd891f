package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * The tokens {@code TokenizerME} gives, found faster. It splits text at whitespace and then asks its
 * model, character by character, where to split each piece ("said," → "said" ","); what it decides
 * depends on the piece alone, and pieces recur ("U.S.", "said,", "year's"), so each thread remembers
 * the split of the pieces it has seen and asks the model only about new ones.
 *
 * <p>Input: a sentence. Output: token spans over it. Thread-safe: share one instance.
 */
final class WordTokenizer {

  /** Pieces remembered per thread; the memory starts over when full. */
  private static final int PIECES_REMEMBERED = 65_536;

  private final ThreadSafeTokenizerME tokenizer;
  private final ThreadLocal<Map<String, Span[]>> splits = ThreadLocal.withInitial(HashMap::new);

  WordTokenizer(TokenizerModel model) {
    this.tokenizer = new ThreadSafeTokenizerME(model);
  }

  Span[] tokenizePos(String sentence) {
    List<Span> out = new ArrayList<>();
    for (Span piece : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
      if (piece.length() < 2) {
        out.add(piece); // the model is not asked about single characters
        continue;
      }
      for (Span part : split(sentence.substring(piece.getStart(), piece.getEnd()))) {
        out.add(new Span(piece.getStart() + part.getStart(), piece.getStart() + part.getEnd()));
      }
    }
    return out.toArray(new Span[0]);
  }

  private Span[] split(String piece) {
    Map<String, Span[]> known = splits.get();
    Span[] parts = known.get(piece);
    if (parts == null) {
      if (known.size() >= PIECES_REMEMBERED) {
        known.clear();
      }
      parts = tokenizer.tokenizePos(piece);
      known.put(piece, parts);
    }
    return parts;
  }
}
