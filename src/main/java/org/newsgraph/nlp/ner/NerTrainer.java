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
    List<NameSample> samples = samples(sentences, config.seed());
    Map<String, Object> resources = new HashMap<>(gazetteers.resources());
    wordClusters.forEach((name, clusters) -> resources.put(name, clusters.asDictionary()));
    resources.put(Gazetteers.LOWERCASE_VOCABULARY, Gazetteers.lowercaseVocabulary(sentences));
    try {
      TokenNameFinderFactory factory = new TokenNameFinderFactory(
          descriptor(config), resources, codec(config.codec()));
      return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
          parameters(config), factory);
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e);
    }
  }

  static List<NameSample> samples(List<ConllSentence> sentences, long seed) {
    List<List<ConllSentence>> documents = new ArrayList<>(ConllReader.documents(sentences));
    Collections.shuffle(documents, new Random(seed));
    List<NameSample> samples = new ArrayList<>(sentences.size());
    for (List<ConllSentence> document : documents) {
      boolean first = true;
      for (ConllSentence sentence : document) {
        samples.add(new NameSample(
            sentence.tokens().toArray(String[]::new), spans(sentence.names()), first));
        first = false;
      }
    }
    return samples;
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
