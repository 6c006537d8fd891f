package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Usage errors of {@code eval identity}, before any model or store is started. */
class EvalIdentityCommandTest {

  @TempDir Path empty;

  private static int run(StringWriter err, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  @Test
  void aFolderWithoutEcbPlusIsAUsageError() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "eval", "identity", "--ecbplus", empty.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("ECB_Dev_corpus.txt");
  }

  @Test
  void onlyDevAndTrainAreSplits() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "eval", "identity", "--ecbplus", empty.toString(), "--split", "test")).isEqualTo(2);
    assertThat(err.toString()).contains("dev, train");
  }

  @Test
  void evalListsIdentity() {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("eval", "--help")).isZero();
    assertThat(out.toString()).contains("identity");
  }
}
