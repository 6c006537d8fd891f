package org.newsgraph.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.nlp.ner.ConllReader;
import org.newsgraph.nlp.ner.ConllTagger;
import org.newsgraph.nlp.ner.NerScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph eval ner}: entity-level P/R/F1 of the name finder on a gold CoNLL file. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Scores the name finder on a gold CoNLL file: precision, recall and F1 per type and overall (conlleval semantics).")
public final class EvalNerCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, description = "gold CoNLL file (IOB2 in the last column)")
  Path gold;

  @Option(names = "--sentence-only",
      description = "tag every sentence on its own, without document context (as NameFinder.find does)")
  boolean sentenceOnly;

  @Mixin NerModelOption modelOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    NerScores scores = new ConllTagger(modelOption.load(), !sentenceOnly)
        .evaluate(ConllReader.read(gold));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s: %d tokens%n", gold, scores.tokens());
    out.print(scores.report());
    out.flush();
    return 0;
  }
}
