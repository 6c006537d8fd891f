package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds person, place, organisation and other (MISC) names in tokenised sentences.
 *
 * <p>Input: the tokens of one sentence, PTB-style as the OpenNLP 1.5 English tokenizer gives
 * them ("U.S.", "n't" and "'s" split off, straight quotes). Output: {@link NameSpan}s in token
 * order, not overlapping. {@link #findInDocument} also uses what earlier sentences of the same
 * article said about a token (the document-level features), which {@link #find} cannot.
 *
 * <p>Thread-safety: load once and share. The model is immutable; each thread gets its own
 * OpenNLP decoder, which holds per-document state.
 */
public final class NameFinder {

  /** Classpath location of the shipped model. */
  public static final String DEFAULT_MODEL = "/org/newsgraph/nlp/ner/en-ner-newsgraph.bin";

  private final TokenNameFinderModel model;
  private final ThreadLocal<NameFinderME> decoders;

  private NameFinder(TokenNameFinderModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.decoders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    // Build one decoder now, so a model whose features cannot be created fails at load time.
    decoders.get();
  }

  /** Loads the model shipped in the jar. */
  public static NameFinder loadDefault() {
    try (InputStream in = NameFinder.class.getResourceAsStream(DEFAULT_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("the name finder model " + DEFAULT_MODEL
            + " is not on the classpath; train one with `newsgraph train-ner` (see the README"
            + " next to where the model belongs) or pass a model file");
      }
      return new NameFinder(new BeamDecodedNameFinderModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped name finder model", e);
    }
  }

  public static NameFinder load(Path modelFile) {
    if (!Files.isRegularFile(modelFile)) {
      throw new IllegalArgumentException("no name finder model at " + modelFile);
    }
    try {
      return new NameFinder(new BeamDecodedNameFinderModel(modelFile));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read name finder model " + modelFile, e);
    }
  }

  /** Wraps a model trained in this process (decoded by OpenNLP's own beam search). */
  public static NameFinder of(TokenNameFinderModel model) {
    return new NameFinder(model);
  }

  /** Names in one sentence, taken on its own. */
  public List<NameSpan> find(List<String> tokens) {
    NameFinderME decoder = decoders.get();
    decoder.clearAdaptiveData();
    List<NameSpan> names = decode(decoder, tokens);
    decoder.clearAdaptiveData();
    return names;
  }

  /** Names in each sentence of one document, in order; earlier sentences inform later ones. */
  public List<List<NameSpan>> findInDocument(List<List<String>> sentences) {
    NameFinderME decoder = decoders.get();
    decoder.clearAdaptiveData();
    List<List<NameSpan>> names = new ArrayList<>(sentences.size());
    try {
      for (List<String> sentence : sentences) {
        names.add(decode(decoder, sentence));
      }
    } finally {
      decoder.clearAdaptiveData();
    }
    return names;
  }

  private static List<NameSpan> decode(NameFinderME decoder, List<String> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    Span[] spans = decoder.find(tokens.toArray(String[]::new));
    List<NameSpan> names = new ArrayList<>(spans.length);
    for (Span span : spans) {
      names.add(new NameSpan(span.getStart(), span.getEnd(), span.getType(), span.getProb()));
    }
    return names;
  }
}
