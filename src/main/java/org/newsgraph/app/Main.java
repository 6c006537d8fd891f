package org.newsgraph.app;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: wires the subcommands; nothing below this package knows about the command line. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds a knowledge graph of people, places, organisations and their relations from news articles, in Neo4j.",
    subcommands = {
        UpCommand.class,
        ExtractCommand.class,
        LoadCommand.class,
        ImportCommand.class,
        ExportCommand.class,
        SettleCommand.class,
        WatchCommand.class,
        StatusCommand.class,
        QueryCommand.class,
        StatsCommand.class,
        SampleCommand.class,
        RemoveCommand.class,
        EntitiesCommand.class,
        TagCommand.class,
        TrainNerCommand.class,
        TrainClustersCommand.class,
        EvalCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    // Articles are Unicode, JSON Lines are UTF-8: whatever the locale (a bare "C" locale makes
    // Java print "?" for every non-ASCII character), write UTF-8.
    System.setOut(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), true,
        StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    int status = commandLine().execute(args);
    System.out.flush();
    System.exit(status);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      if (System.getenv("NEWSGRAPH_DEBUG") != null) {
        e.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    return cli;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"newsgraph " + (v == null ? "dev" : v)};
    }
  }
}
