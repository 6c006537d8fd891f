package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.nlp.ner.features.DocumentFeatures;
import org.newsgraph.nlp.ner.features.WordClusters;

/**
 * Trains an OpenNLP name finder from CoNLL sentences with NewsGraph's feature set.
 *
 * <p>Input: sentences grouped in documents (document boundaries reset the document-level
 * features) and a {@link NerTrainingConfig}; dictionaries the features refer to come from a
 * {@link Gazetteers}. Output: a model whose file carries the descriptor and the dictionaries, so
 * it needs nothing else at run time. Deterministic for a given config and data.
 */
public final class NerTrainer {

  static final String DEFAULT_DESCRIPTOR = "ner-features.xml";
  /** Folds of the training documents for first-pass labels. */
  private static final int FOLDS = 5;

  private NerTrainer() {}

  public static TokenNameFinderModel train(
      List<ConllSentence> sentences, NerTrainingConfig config, Gazetteers gazetteers) {
    return train(sentences, config, gazetteers, Map.of());
  }

  /**
   * As above, with word cluster lists stored in the model under the given resource names (the
   * names a {@code WordClusterFeatureGeneratorFactory} in the descriptor refers to; they end in
   * ".dictionary", the kind of resource they are stored as).
   */
  public static TokenNameFinderModel train(List<ConllSentence> sentences, NerTrainingConfig config,
      Gazetteers gazetteers, Map<String, WordClusters> wordClusters) {
    Map<List<ConllSentence>, List<List<String>>> labels = switch (config.documentLabels()) {
      case GOLD -> goldLabels(sentences);
      case JACKKNIFE -> jackknifeLabels(sentences, config, gazetteers, wordClusters);
      case NONE -> Map.of();
    };
    List<NameSample> samples = samples(sentences, config, labels);
    Map<String, Object> resources = new HashMap<>(gazetteers.resources());
    wordClusters.forEach((name, clusters) -> resources.put(name, clusters.asDictionary()));
    resources.put(Gazetteers.LOWERCASE_VOCABULARY, Gazetteers.lowercaseVocabulary(sentences));
    if (config.documentFeatures() || config.usesDocumentLabels()) {
      resources.put(NameFinder.DOCUMENT_FEATURES,
          NameFinder.documentFeaturesMarker(config.documentFeatures(), config.usesDocumentLabels()));
    }
    try {
      TokenNameFinderFactory factory = new TokenNameFinderFactory(
          descriptor(config), resources, codec(config.codec()));
      return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
          parameters(config), factory);
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e);
    }
  }

  private static List<NameSample> samples(List<ConllSentence> sentences, NerTrainingConfig config,
      Map<List<ConllSentence>, List<List<String>>> labels) {
    List<List<ConllSentence>> documents = new ArrayList<>(ConllReader.documents(sentences));
    Collections.shuffle(documents, new Random(config.seed()));
    boolean context = config.documentFeatures() || config.usesDocumentLabels();
    List<NameSample> samples = new ArrayList<>(sentences.size());
    for (List<ConllSentence> document : documents) {
      List<String[][]> features = context
          ? DocumentFeatures.of(tokens(document), config.documentFeatures(), labels.get(document))
          : null;
      for (int s = 0; s < document.size(); s++) {
        ConllSentence sentence = document.get(s);
        samples.add(new NameSample(sentence.tokens().toArray(String[]::new), spans(sentence.names()),
            features == null ? null : features.get(s), s == 0));
      }
    }
    return samples;
  }

  private static List<List<String>> tokens(List<ConllSentence> document) {
    return document.stream().map(ConllSentence::tokens).toList();
  }

  /** Each training document's own tags, as types. */
  private static Map<List<ConllSentence>, List<List<String>>> goldLabels(List<ConllSentence> sentences) {
    Map<List<ConllSentence>, List<List<String>>> labels = new HashMap<>();
    for (List<ConllSentence> document : ConllReader.documents(sentences)) {
      labels.put(document, document.stream().map(s -> IobTags.types(s.tags())).toList());
    }
    return labels;
  }

  /**
   * Each training document's types as tagged by a model that did not see it: the documents are
   * dealt into {@link #FOLDS} folds, and each fold is tagged by a model trained on the others. A
   * model trained on its own first pass would learn to trust labels that are right far more often
   * than on new text.
   */
  private static Map<List<ConllSentence>, List<List<String>>> jackknifeLabels(List<ConllSentence> sentences,
      NerTrainingConfig config, Gazetteers gazetteers, Map<String, WordClusters> wordClusters) {
    List<List<ConllSentence>> documents = ConllReader.documents(sentences);
    Map<List<ConllSentence>, List<List<String>>> labels = new HashMap<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<ConllSentence> others = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        if (d % FOLDS != fold) {
          others.addAll(documents.get(d));
        }
      }
      NameFinder firstPass = NameFinder.of(train(others, config.withoutDocumentLabels(), gazetteers, wordClusters));
      for (int d = fold; d < documents.size(); d += FOLDS) {
        List<List<String>> tokens = tokens(documents.get(d));
        List<List<NameSpan>> names = firstPass.findInDocument(tokens);
        List<List<String>> types = new ArrayList<>(tokens.size());
        for (int s = 0; s < tokens.size(); s++) {
          types.add(IobTags.types(IobTags.encode(names.get(s), tokens.get(s).size())));
        }
        labels.put(documents.get(d), types);
      }
    }
    return labels;
  }

  private static Span[] spans(List<NameSpan> names) {
    return names.stream().map(n -> new Span(n.start(), n.end(), n.type())).toArray(Span[]::new);
  }

  static byte[] descriptor(NerTrainingConfig config) {
    byte[] custom = config.featureDescriptor();
    if (custom != null) {
      return custom;
    }
    try (InputStream in = NerTrainer.class.getResourceAsStream(DEFAULT_DESCRIPTOR)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_DESCRIPTOR);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TrainingParameters parameters(NerTrainingConfig config) {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm());
    params.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
    params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, config.threads());
    params.put("BeamSize", config.beamSize());
    if (config.algorithm().equals("MAXENT_QN")) {
      params.put("L1Cost", config.l1());
      params.put("L2Cost", config.l2());
    }
    return params;
  }

  private static SequenceCodec<String> codec(String name) {
    return name.equals("BILOU") ? new BilouCodec() : new BioCodec();
  }
}
