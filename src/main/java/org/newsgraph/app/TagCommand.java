package org.newsgraph.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.nlp.ner.ConllReader;
import org.newsgraph.nlp.ner.ConllSentence;
import org.newsgraph.nlp.ner.ConllTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph tag}: tags the tokens of a CoNLL file and prints {@code token TAB tag} (IOB2),
 * a blank line after each sentence, in input order, so any CoNLL scorer can compare.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = "Tags the tokens of a CoNLL file (first column) with names, one token TAB IOB2 tag a line.")
public final class TagCommand implements Callable<Integer> {

  @Option(names = "--conll", required = true, description = "CoNLL file; only its first column is read")
  Path conll;

  @Mixin NerModelOption modelOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<ConllSentence> sentences = ConllReader.read(conll);
    List<List<String>> tags = new ConllTagger(modelOption.load(), true).tag(sentences);
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < sentences.size(); i++) {
      List<String> tokens = sentences.get(i).tokens();
      for (int t = 0; t < tokens.size(); t++) {
        out.print(tokens.get(t));
        out.print('\t');
        out.print(tags.get(i).get(t));
        out.print('\n');
      }
      out.print('\n');
    }
    out.flush();
    return 0;
  }
}
