package org.newsgraph.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks that print speed figures together with the machine they ran on.",
    subcommands = {BenchExtractCommand.class, BenchLoadCommand.class, BenchReloadCommand.class, BenchNerCommand.class})
final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
