package org.newsgraph.app;

import java.nio.file.Path;
import org.newsgraph.nlp.ner.NameFinder;
import picocli.CommandLine.Option;

/** The {@code --model} option shared by the NER commands: a model file, or the shipped one. */
final class NerModelOption {

  @Option(names = "--model", description = "name finder model file (default: the shipped model)")
  Path model;

  NameFinder load() {
    return model == null ? NameFinder.loadDefault() : NameFinder.load(model);
  }
}
