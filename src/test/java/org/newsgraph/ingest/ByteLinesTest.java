package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteLinesTest {

  /** Hands out at most {@code chunk} bytes per read, as a network or gzip stream may. */
  private static InputStream trickle(String text, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static List<String> lines(String text, int chunk) throws IOException {
    ByteLines lines = new ByteLines(trickle(text, chunk));
    List<String> out = new ArrayList<>();
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      out.add(new String(line, StandardCharsets.UTF_8) + "@" + lines.number());
    }
    return out;
  }

  @ParameterizedTest(name = "{0} bytes per read")
  @ValueSource(ints = {1, 2, 3, 7, 1 << 20})
  void splitsOnNewlinesWhateverTheReadSizes(int chunk) throws IOException {
    assertThat(lines("a\nbc\r\n\nlast", chunk)).containsExactly("a@1", "bc@2", "@3", "last@4");
    assertThat(lines("one\n", chunk)).containsExactly("one@1");
    assertThat(lines("", chunk)).isEmpty();
    assertThat(lines("\r\n", chunk)).containsExactly("@1");
    assertThat(lines("é\n", chunk)).containsExactly("é@1");
  }

  @ParameterizedTest(name = "{0} bytes per read")
  @ValueSource(ints = {1000, 1 << 20})
  void keepsLinesLongerThanItsBlock(int chunk) throws IOException {
    String longLine = "x".repeat(200_000);
    assertThat(lines("a\n" + longLine + "\nb", chunk))
        .containsExactly("a@1", longLine + "@2", "b@3");
  }
}
