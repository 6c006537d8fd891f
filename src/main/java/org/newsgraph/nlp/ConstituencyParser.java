package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.parser.AbstractBottomUpParser;
import opennlp.tools.parser.Parse;
import opennlp.tools.parser.Parser;
import opennlp.tools.parser.ParserFactory;
import opennlp.tools.parser.ParserModel;
import opennlp.tools.util.Span;

/**
 * Tokens → constituency tree, with OpenNLP's chunking parser and the classic English 1.5 model
 * ({@code en-parser-chunking.bin}, loaded once from the classpath).
 *
 * <p>Input: the tokens of one sentence (PTB tokenisation). Output: the best tree, its leaves the
 * tokens' part-of-speech nodes. Thread-safe: the model is shared and each thread gets its own
 * parser, since OpenNLP's parser keeps state while it parses. About 40 ms per sentence on one core.
 */
public final class ConstituencyParser {

  private static final String MODEL = "/en-parser-chunking.bin";
  /** The model was trained on PTB trees, where brackets are written as these tokens. */
  private static final Map<String, String> BRACKETS = Map.of(
      "(", "-LRB-", ")", "-RRB-", "{", "-LCB-", "}", "-RCB-", "[", "-LSB-", "]", "-RSB-");

  private final ThreadLocal<Parser> parsers;

  public ConstituencyParser(ParserModel model) {
    this.parsers = ThreadLocal.withInitial(() -> ParserFactory.create(model));
  }

  public static ConstituencyParser loadDefault() {
    try (InputStream in = ConstituencyParser.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + MODEL + " is not on the classpath");
      }
      return new ConstituencyParser(new ParserModel(in));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read OpenNLP model " + MODEL + ": " + e.getMessage(), e);
    }
  }

  /** The best tree of a sentence; its root spans all tokens. */
  public Constituent parse(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      String form = BRACKETS.getOrDefault(t, t);
      if (text.length() > 0) {
        text.append(' ');
      }
      spans.add(new Span(text.length(), text.length() + form.length()));
      text.append(form);
    }
    String sentence = text.toString();
    Parse root = new Parse(sentence, new Span(0, sentence.length()), AbstractBottomUpParser.INC_NODE, 1, 0);
    for (int i = 0; i < spans.size(); i++) {
      root.insert(new Parse(sentence, spans.get(i), AbstractBottomUpParser.TOK_NODE, 0, i));
    }
    Parse best = parsers.get().parse(root);
    return convert(best, spans);
  }

  private static Constituent convert(Parse p, List<Span> tokens) {
    if (p.isPosTag()) {
      return Constituent.tag(p.getType(), tokenAt(tokens, p.getSpan().getStart()));
    }
    List<Constituent> children = new ArrayList<>();
    for (Parse child : p.getChildren()) {
      if (!child.getType().equals(AbstractBottomUpParser.TOK_NODE)) {
        children.add(convert(child, tokens));
      }
    }
    int start = children.isEmpty() ? tokenAt(tokens, p.getSpan().getStart()) : children.get(0).start();
    int end = children.isEmpty() ? start : children.get(children.size() - 1).end();
    return new Constituent(p.getType(), start, end, children);
  }

  private static int tokenAt(List<Span> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.get(mid).getStart() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
