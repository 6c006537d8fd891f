package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.Span;
import org.newsgraph.nlp.StageTimes.Stage;
import org.newsgraph.nlp.ner.NameSpan;

/**
 * Text → annotated sentences: sentence splitting, tokens, POS tags, chunks, lemmas and names.
 *
 * <p>Input: one article's text (paragraphs separated by newlines). Output: its sentences with
 * character offsets into that text. Thread-safe: the models are shared; OpenNLP's
 * {@code ThreadSafe*} wrappers keep one sentence splitter and tokenizer per thread, and the taggers
 * keep their state per call (or remember per thread what does not depend on the call).
 */
public final class NlpPipeline {

  private final ThreadSafeSentenceDetectorME sentences;
  private final WordTokenizer tokenizer;
  private final PosTagger tagger;
  private final Chunker chunker;
  private final GreedyLemmatizer lemmatizer;
  private final NameTagger names;
  private final StageTimes times;

  /** How much less likely (natural log) a headline reading with a verb may be than the best one. */
  private static final double HEADLINE_VERB_MARGIN = 2.0;

  public NlpPipeline(NlpModels models, NameTagger names) {
    this(models, names, StageTimes.DISCARD);
  }

  /** A pipeline that adds the time each stage takes to {@code times}. */
  public NlpPipeline(NlpModels models, NameTagger names, StageTimes times) {
    this.times = times;
    this.sentences = new ThreadSafeSentenceDetectorME(models.sentences());
    this.tokenizer = new WordTokenizer(models.tokens());
    this.tagger = new PosTagger(models.pos());
    this.chunker = new Chunker(models.chunks());
    this.lemmatizer = new GreedyLemmatizer(models.lemmas(), GreedyLemmatizer.MEMORY);
    this.names = names;
  }

  /** Annotates a whole text that has no headline: nothing is recased. */
  public List<AnnotatedSentence> annotate(String text) {
    return annotate(text, false);
  }

  /**
   * Annotates a whole text. With {@code firstLineIsHeadline}, the sentences of its first line are
   * the headline: when it is in Title Case or ALL CAPS it is recased for tagging, using how the
   * rest of the text writes its words (see {@link Truecaser}); the rest is never recased.
   */
  public List<AnnotatedSentence> annotate(String text, boolean firstLineIsHeadline) {
    long t0 = times.start();
    String normalised = TextNormaliser.normalise(text);
    List<List<Span>> tokenSpans = new ArrayList<>();
    List<Span> sentenceSpans = splitSentences(normalised);
    times.stop(Stage.SENTENCES, t0);
    long t1 = times.start();
    for (Span s : sentenceSpans) {
      tokenSpans.add(tokenize(normalised, s));
    }
    int headlineEnd = firstLineIsHeadline ? headlineSentences(normalised, sentenceSpans) : 0;
    Truecaser truecaser = headlineEnd == 0 ? null
        : Truecaser.fromBody(normalised, tokenSpans.subList(headlineEnd, tokenSpans.size()));
    List<String[]> forms = new ArrayList<>(tokenSpans.size());
    List<String[]> tagForms = new ArrayList<>(tokenSpans.size());
    for (int i = 0; i < tokenSpans.size(); i++) {
      List<Span> spans = tokenSpans.get(i);
      String[] f = new String[spans.size()];
      for (int t = 0; t < f.length; t++) {
        f[t] = TextNormaliser.tokenForm(normalised, spans.get(t));
      }
      forms.add(f);
      tagForms.add(f);
    }
    if (truecaser != null) {
      List<String[]> recased = truecaser.headline(tagForms.subList(0, headlineEnd));
      for (int i = 0; i < headlineEnd; i++) {
        tagForms.set(i, recased.get(i));
      }
    }
    times.stop(Stage.TOKENS, t1);
    long t2 = times.start();
    List<List<NameSpan>> names = this.names.findInDocument(tagForms.stream().map(NlpPipeline::nameForms).toList());
    times.stop(Stage.NAMES, t2);
    List<AnnotatedSentence> out = new ArrayList<>(sentenceSpans.size());
    for (int i = 0; i < sentenceSpans.size(); i++) {
      out.add(annotateSentence(i, text, sentenceSpans.get(i), tokenSpans.get(i), forms.get(i), tagForms.get(i),
          names.get(i)));
    }
    return out;
  }

  /** How many sentences the first line holds. */
  private static int headlineSentences(String text, List<Span> sentences) {
    int lineEnd = text.indexOf('\n');
    int n = 0;
    while (n < sentences.size() && (lineEnd < 0 || sentences.get(n).getEnd() <= lineEnd)) {
      n++;
    }
    return n;
  }

  /**
   * Annotates one sentence that is already tokenised, tokens separated by whitespace (as in CaRB or
   * the Penn Treebank: {@code ``} and {@code ''} for quotes). The tokens are kept as given, never
   * split or merged again; offsets point into {@code line}.
   */
  public AnnotatedSentence annotateTokens(String line) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        spans.add(new Span(start, i));
      }
    }
    Span sentence = spans.isEmpty() ? new Span(0, 0)
        : new Span(spans.get(0).getStart(), spans.get(spans.size() - 1).getEnd());
    String normalised = TextNormaliser.normalise(line);
    String[] forms = new String[spans.size()];
    for (int t = 0; t < forms.length; t++) {
      forms[t] = TextNormaliser.tokenForm(normalised, spans.get(t));
    }
    List<NameSpan> found = names.findInDocument(List.of(nameForms(forms))).get(0);
    return annotateSentence(0, line, sentence, spans, forms, forms, found);
  }

  /**
   * The forms the name finder sees: the taggers' forms with straight double quotes, as the name
   * finder's training text (CoNLL-2003) writes them and {@link NameTagger} expects; the PTB quote
   * tokens {@code ``} and {@code ''} are words it never saw.
   */
  static List<String> nameForms(String[] forms) {
    String[] out = forms.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i].equals("``") || out[i].equals("''")) {
        out[i] = "\"";
      }
    }
    return List.of(out);
  }

  /** The same sentence with other part-of-speech tags (the parser's, say); chunks and lemmas follow them. */
  public AnnotatedSentence retag(AnnotatedSentence s, String[] pos) {
    String[] forms = s.tokens().stream().map(Token::form).toArray(String[]::new);
    String[] chunks = chunker.chunk(forms, pos);
    String[] lemmas = lemmatizer.lemmatize(lowerAll(forms), UdTags.fromPenn(pos));
    List<Token> tokens = new ArrayList<>(forms.length);
    for (int i = 0; i < forms.length; i++) {
      Token t = s.token(i);
      String lemma = lemmas[i] == null || lemmas[i].equals("O") ? forms[i].toLowerCase(Locale.ROOT) : lemmas[i];
      tokens.add(new Token(t.text(), t.form(), t.start(), t.end(), pos[i], chunks[i], lemma));
    }
    return new AnnotatedSentence(s.index(), s.start(), s.end(), s.text(), tokens, s.names());
  }

  private List<Span> splitSentences(String text) {
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        for (Span s : SentenceBreaks.joinAfterInitials(line, sentences.sentPosDetect(line))) {
          for (Span part : SentenceBreaks.splitAfterNumbers(line, s)) {
            for (Span piece : SentenceBreaks.capLength(line, part, SentenceBreaks.MAX_CHARS)) {
              Span trimmed = trim(text, new Span(lineStart + piece.getStart(), lineStart + piece.getEnd()));
              if (trimmed.length() > 0) {
                out.add(trimmed);
              }
            }
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private List<Span> tokenize(String text, Span sentence) {
    String s = text.substring(sentence.getStart(), sentence.getEnd());
    List<Span> out = new ArrayList<>();
    Span[] raw = tokenizer.tokenizePos(s);
    for (int i = 0; i < raw.length; i++) {
      Span t = raw[i];
      boolean lastWithStop = i == raw.length - 1 && t.length() > 1 && s.charAt(t.getEnd() - 1) == '.'
          && Character.isDigit(s.charAt(t.getEnd() - 2));
      if (lastWithStop) {
        // "on July 7." at the end of a sentence: the number and the full stop are two tokens.
        TextNormaliser.splitToken(s, t.getStart(), t.getEnd() - 1, sentence.getStart(), out);
        out.add(new Span(sentence.getStart() + t.getEnd() - 1, sentence.getStart() + t.getEnd()));
      } else {
        TextNormaliser.splitToken(s, t.getStart(), t.getEnd(), sentence.getStart(), out);
      }
    }
    return TokenRepairs.repair(text, out);
  }

  /** Tags one sentence; {@code tagForms} are its forms as the taggers see them (truecased headlines). */
  private AnnotatedSentence annotateSentence(int index, String original, Span sentence, List<Span> spans,
      String[] forms, String[] tagForms, List<NameSpan> found) {
    int n = spans.size();
    boolean headline = tagForms != forms;
    long t0 = times.start();
    String[] pos = tagger.tag(tagForms);
    if (headline && !hasVerb(pos)) {
      pos = withVerb(tagger.topKSequences(tagForms), pos);
    }
    times.stop(Stage.POS, t0);
    long t1 = times.start();
    String[] chunks = chunker.chunk(tagForms, pos);
    times.stop(Stage.CHUNKS, t1);
    long t2 = times.start();
    String[] lemmas = lemmatizer.lemmatize(lowerAll(tagForms), UdTags.fromPenn(pos));
    times.stop(Stage.LEMMAS, t2);
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Span sp = spans.get(i);
      String lemma = lemmas[i] == null || lemmas[i].equals("O") ? forms[i].toLowerCase(Locale.ROOT) : lemmas[i];
      tokens.add(new Token(original.substring(sp.getStart(), sp.getEnd()), forms[i], sp.getStart(), sp.getEnd(),
          pos[i], chunks[i], lemma));
    }
    return new AnnotatedSentence(index, sentence.getStart(), sentence.getEnd(),
        original.substring(sentence.getStart(), sentence.getEnd()), tokens, found);
  }

  private static boolean hasVerb(String[] pos) {
    for (String p : pos) {
      if (p.startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Headlines often drop the words that make a verb obvious ("Putin Praises Trump"), and the
   * tagger then reads the verb as a plural noun. Among its next-best readings, take the first one
   * that has a verb, when it is not much less likely.
   */
  private static String[] withVerb(Sequence[] candidates, String[] best) {
    double bestScore = candidates.length == 0 ? 0 : candidates[0].getScore();
    for (Sequence c : candidates) {
      String[] tags = c.getOutcomes().toArray(new String[0]);
      if (hasVerb(tags) && bestScore - c.getScore() <= HEADLINE_VERB_MARGIN) {
        return tags;
      }
    }
    return best;
  }

  private static String[] lowerAll(String[] forms) {
    String[] out = new String[forms.length];
    for (int i = 0; i < forms.length; i++) {
      out[i] = forms[i].toLowerCase(Locale.ROOT);
    }
    return out;
  }

  private static Span trim(String text, Span s) {
    int a = s.getStart();
    int b = s.getEnd();
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }
}
