package org.newsgraph.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsgraph.nlp.ner.ConllReader;
import org.newsgraph.nlp.ner.ConllSentence;
import org.newsgraph.nlp.ner.ConllTagger;
import org.newsgraph.nlp.ner.Gazetteers;
import org.newsgraph.nlp.ner.NameFinder;
import org.newsgraph.nlp.ner.NerScores;
import org.newsgraph.nlp.ner.NerTrainer;
import org.newsgraph.nlp.ner.NerTrainingConfig;
import org.newsgraph.nlp.ner.features.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph train-ner}: trains a name finder on CoNLL data and scores it on a dev set. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
    description = "Trains an OpenNLP name finder (PER/LOC/ORG/MISC) from CoNLL-format data.")
public final class TrainNerCommand implements Callable<Integer> {

  @Option(names = "--train", required = true, description = "CoNLL training file (IOB2, last column)")
  Path train;

  @Option(names = "--dev", description = "CoNLL dev file: scored after training")
  Path dev;

  @Option(names = "--out", required = true, description = "where to write the model")
  Path out;

  @Option(names = "--algorithm", defaultValue = "PERCEPTRON", description = "MAXENT, MAXENT_QN or PERCEPTRON (default ${DEFAULT-VALUE})")
  String algorithm;

  @Option(names = "--iterations", defaultValue = "100", description = "default ${DEFAULT-VALUE}")
  int iterations;

  @Option(names = "--cutoff", defaultValue = "1", description = "minimum feature count (default ${DEFAULT-VALUE})")
  int cutoff;

  @Option(names = "--seed", defaultValue = "1", description = "shuffles document order (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--codec", defaultValue = "BILOU", description = "BIO or BILOU (default ${DEFAULT-VALUE})")
  String codec;

  @Option(names = "--threads", defaultValue = "2", description = "trainer threads, MAXENT only (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--beam", defaultValue = "3", description = "decoder beam size stored in the model (default ${DEFAULT-VALUE})")
  int beam;

  @Option(names = "--l1", defaultValue = "0.0", description = "L1 penalty, MAXENT_QN only (default ${DEFAULT-VALUE})")
  double l1;

  @Option(names = "--l2", defaultValue = "0.0", description = "L2 penalty, MAXENT_QN only (default ${DEFAULT-VALUE})")
  double l2;

  @Option(names = "--features", description = "feature generator XML (default: the shipped ner-features.xml)")
  Path features;

  @Option(names = "--document-features",
      description = "give each capitalised token what the rest of its document says about the same word")
  boolean documentFeatures;

  @Option(names = "--document-labels", defaultValue = "NONE",
      description = "NONE, JACKKNIFE (a first pass's type for the same word elsewhere in the document,"
          + " from models trained on the other folds) or GOLD (the training tags; default ${DEFAULT-VALUE})")
  NerTrainingConfig.DocumentLabels documentLabels;

  @Option(names = "--iso-codes", description = "Debian iso-codes JSON folder, e.g. /usr/share/iso-codes/json")
  Path isoCodes;

  @Option(names = "--zone-tab", description = "tzdata zone.tab, e.g. /usr/share/zoneinfo/zone.tab")
  Path zoneTab;

  @Option(names = "--word-lists", description = "folder of CC0 word lists (countries.json, firstNames.json, ...)")
  Path wordLists;

  @Option(names = "--word-clusters", split = ",",
      description = "word cluster files (from train-clusters), stored in the model as <file name less .txt>.dictionary")
  List<Path> wordClusters = List.of();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    List<ConllSentence> sentences = ConllReader.read(train);
    NerTrainingConfig config = new NerTrainingConfig(algorithm, iterations, cutoff, seed, codec,
        threads, beam, l1, l2, features == null ? null : Files.readAllBytes(features), documentFeatures,
        documentLabels);
    Gazetteers gazetteers = Gazetteers.from(isoCodes, zoneTab, wordLists);
    console.printf(Locale.ROOT, "training on %d sentences, %d dictionary entries, %s%n",
        sentences.size(), gazetteers.size(), config);
    long start = System.nanoTime();
    Map<String, WordClusters> clusters = new LinkedHashMap<>();
    for (Path file : wordClusters) {
      try (InputStream in = Files.newInputStream(file)) {
        clusters.put(file.getFileName().toString().replaceFirst("\\.txt$", "") + ".dictionary", WordClusters.read(in));
      }
    }
    TokenNameFinderModel model = NerTrainer.train(sentences, config, gazetteers, clusters);
    console.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    model.serialize(out);
    console.printf(Locale.ROOT, "wrote %s (%.1f MB)%n", out, Files.size(out) / 1e6);
    if (dev != null) {
      NerScores scores = new ConllTagger(NameFinder.of(model), true).evaluate(ConllReader.read(dev));
      console.println("dev " + dev + ":");
      console.print(scores.report());
    }
    console.flush();
    return 0;
  }
}
