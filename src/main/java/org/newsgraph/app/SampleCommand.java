package org.newsgraph.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "sample", mixinStandardHelpOptions = true,
    description = "Draws random samples from the graph, to be judged by a reader.",
    subcommands = {SampleRelationsCommand.class})
final class SampleCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
