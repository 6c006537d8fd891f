package org.newsgraph.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Reports on the graph's quality, read from the graph itself.",
    subcommands = {StatsEntitiesCommand.class, StatsRelationsCommand.class})
final class StatsCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
