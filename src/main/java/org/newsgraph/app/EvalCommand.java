package org.newsgraph.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measures extraction quality against gold data.",
    subcommands = {EvalNerCommand.class, EvalEntitiesCommand.class, EvalIdentityCommand.class, EvalCorefCommand.class,
        EvalCarbCommand.class})
final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
