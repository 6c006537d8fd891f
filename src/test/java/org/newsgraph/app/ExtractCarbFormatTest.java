package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.carb.CarbExtraction;
import org.newsgraph.eval.carb.CarbTabbedReader;
import picocli.CommandLine;

class ExtractCarbFormatTest {

  @TempDir Path dir;

  @Test
  void writesTabbedExtractionsWithTheSentenceAsRead() throws IOException {
    String sentence = "The minister met with farmers in Lyon on Tuesday .";
    Path sentences = Files.writeString(dir.resolve("s.txt"), sentence + "\n\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      exit = Main.commandLine().execute("extract", "--format", "carb", "--sentences", sentences.toString());
    } finally {
      System.setOut(saved);
    }
    Path output = Files.write(dir.resolve("out.txt"), bytes.toByteArray());

    assertThat(exit).isZero();
    List<CarbExtraction> read = new CarbTabbedReader().read(output);
    assertThat(read).isNotEmpty().allSatisfy(e -> assertThat(e.sentence()).isEqualTo(sentence));
    assertThat(read.get(0).relation()).isEqualTo("met with");
    assertThat(read.get(0).args()).containsExactly("The minister", "farmers", "in Lyon", "on Tuesday");
    assertThat(read.get(0).confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void carbFormatNeedsSentences() {
    StringWriter err = new StringWriter();
    int exit = Main.commandLine().setErr(new PrintWriter(err)).execute("extract", "--format", "carb");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--format carb takes --sentences FILE");
  }
}
