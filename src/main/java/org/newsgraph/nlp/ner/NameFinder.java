package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.newsgraph.nlp.ner.features.DocumentFeatures;

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

  /**
   * The model resource whose presence says the model was trained with {@link DocumentFeatures}
   * as additional context, so {@link #findInDocument} must compute them; its entries say which
   * ("shapes", "labels").
   */
  static final String DOCUMENT_FEATURES = "document-features.dictionary";
  private static final String SHAPES = "shapes";
  private static final String LABELS = "labels";

  private final TokenNameFinderModel model;
  private final ThreadLocal<NameFinderME> decoders;
  private final boolean documentShapes;
  private final boolean documentLabels;

  private NameFinder(TokenNameFinderModel model) {
    this.model = Objects.requireNonNull(model, "model");
    Dictionary document = model.getArtifact(DOCUMENT_FEATURES);
    this.documentShapes = document != null && document.contains(new StringList(SHAPES));
    this.documentLabels = document != null && document.contains(new StringList(LABELS));
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
    return findInDocument(List.of(tokens)).get(0);
  }

  /**
   * Names in each sentence of one document, in order; earlier sentences inform later ones. A model
   * trained with {@link DocumentFeatures} also sees what the whole document says about each
   * capitalised word; one trained with first-pass labels tags the document twice, the second time
   * with the types the first pass gave the same words elsewhere.
   */
  public List<List<NameSpan>> findInDocument(List<List<String>> sentences) {
    NameFinderME decoder = decoders.get();
    if (!documentShapes && !documentLabels) {
      return decodeDocument(decoder, sentences, null);
    }
    List<List<NameSpan>> names =
        decodeDocument(decoder, sentences, DocumentFeatures.of(sentences, documentShapes, null));
    if (!documentLabels) {
      return names;
    }
    List<List<String>> labels = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      labels.add(IobTags.types(IobTags.encode(names.get(s), sentences.get(s).size())));
    }
    return decodeDocument(decoder, sentences, DocumentFeatures.of(sentences, documentShapes, labels));
  }

  private static List<List<NameSpan>> decodeDocument(NameFinderME decoder, List<List<String>> sentences,
      List<String[][]> context) {
    decoder.clearAdaptiveData();
    List<List<NameSpan>> names = new ArrayList<>(sentences.size());
    try {
      for (int s = 0; s < sentences.size(); s++) {
        names.add(decode(decoder, sentences.get(s), context == null ? null : context.get(s)));
      }
    } finally {
      decoder.clearAdaptiveData();
    }
    return names;
  }

  /** The marker stored under {@link #DOCUMENT_FEATURES} in a model trained with them. */
  static Dictionary documentFeaturesMarker(boolean shapes, boolean labels) {
    Dictionary marker = new Dictionary(true);
    if (shapes) {
      marker.put(new StringList(SHAPES));
    }
    if (labels) {
      marker.put(new StringList(LABELS));
    }
    return marker;
  }

  private static List<NameSpan> decode(NameFinderME decoder, List<String> tokens, String[][] context) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    String[] words = tokens.toArray(String[]::new);
    Span[] spans = context == null ? decoder.find(words) : decoder.find(words, context);
    List<NameSpan> names = new ArrayList<>(spans.length);
    for (Span span : spans) {
      names.add(new NameSpan(span.getStart(), span.getEnd(), span.getType(), span.getProb()));
    }
    return names;
  }
}
