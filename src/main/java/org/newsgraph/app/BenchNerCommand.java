package org.newsgraph.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.nlp.ner.ConllReader;
import org.newsgraph.nlp.ner.ConllSentence;
import org.newsgraph.nlp.ner.NameFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph bench ner}: single-thread tagging speed. Loads the model (timed), warms up on
 * the file, then tags it {@code --rounds} times sentence by sentence with
 * {@link NameFinder#find} and reports tokens per second with the machine it ran on.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Measures name-finder speed on one thread: tags a CoNLL file repeatedly, prints tokens/s.")
public final class BenchNerCommand implements Callable<Integer> {

  @Option(names = "--conll", required = true, description = "CoNLL file whose first column is tagged")
  Path conll;

  @Option(names = "--rounds", defaultValue = "5", description = "timed passes over the file (default ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--warmup", defaultValue = "2", description = "untimed passes first (default ${DEFAULT-VALUE})")
  int warmup;

  @Mixin NerModelOption modelOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<List<String>> sentences = ConllReader.read(conll).stream().map(ConllSentence::tokens).toList();
    long tokensPerPass = sentences.stream().mapToLong(List::size).sum();

    long loadStart = System.nanoTime();
    NameFinder finder = modelOption.load();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    for (int i = 0; i < warmup; i++) {
      tagAll(finder, sentences);
    }
    long names = 0;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      names += tagAll(finder, sentences);
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    out.println(HeapMeter.machine());
    out.printf(Locale.ROOT, "model: %s, loaded in %.2f s%n",
        modelOption.model == null ? "shipped" : modelOption.model, loadSeconds);
    out.printf(Locale.ROOT, "input: %s, %d sentences, %d tokens per pass; %d warm-up, %d timed passes%n",
        conll, sentences.size(), tokensPerPass, warmup, rounds);
    out.printf(Locale.ROOT, "tagged %d tokens in %.2f s on one thread: %.0f tokens/s (%d names)%n",
        tokensPerPass * rounds, seconds, tokensPerPass * rounds / seconds, names);
    out.flush();
    return 0;
  }

  private static long tagAll(NameFinder finder, List<List<String>> sentences) {
    long names = 0;
    for (List<String> sentence : sentences) {
      names += finder.find(sentence).size();
    }
    return names;
  }
}
