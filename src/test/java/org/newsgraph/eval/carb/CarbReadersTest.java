package org.newsgraph.eval.carb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarbReadersTest {

  private static List<CarbExtraction> read(CarbReader reader, String text) throws IOException {
    return reader.read(new BufferedReader(new StringReader(text)), "test");
  }

  @Test
  void goldDropsContextArgumentsAndKeepsTimeAndPlacePrefixes() throws IOException {
    String text = "Kim met Trump .  \tmet\tKim\tTrump"
        + "\tT: on June 12\tC: Moon said\tL: in Singapore\n"
        + "\n"
        + "Kim met Trump .\tis\tKim\tleader\t\n";

    List<CarbExtraction> gold = read(new CarbGoldReader(), text);

    assertThat(gold).containsExactly(
        CarbExtraction.gold("Kim met Trump .", "met",
            List.of("Kim", "Trump", "T: on June 12", "L: in Singapore")),
        // The stripped line loses its trailing empty field.
        CarbExtraction.gold("Kim met Trump .", "is", List.of("Kim", "leader")));
  }

  @Test
  void tabbedKeepsEmptyMiddleArgumentsAndParsesConfidence() throws IOException {
    List<CarbExtraction> system =
        read(new CarbTabbedReader(), "Kim met Trump .\t0.25\tmet\tKim\t\tin Singapore\t\n");

    assertThat(system).containsExactly(new CarbExtraction(
        "Kim met Trump .", 0.25, "met", List.of("Kim", "", "in Singapore")));
  }

  @Test
  void tabbedRejectsBadConfidenceNamingTheLine() {
    String text = "s\t0.5\tmet\tA\n\ns\thigh\tmet\tA\n";

    assertThatThrownBy(() -> read(new CarbTabbedReader(), text))
        .isInstanceOf(CarbFormatException.class)
        .hasMessageStartingWith("test:3: confidence is not a number");
  }

  @Test
  void openIeKeepsEverySecondArgumentAndPutsContextBeforeSubject() throws IOException {
    String line = "0.96\tContext(Moon said,List([0, 9)))\tSimpleArgument(Tom , Jr.,List([10, 19)))"
        + "\tRelation([is] joined,List([20, 26)))"
        + "\tSimpleArgument(the firm (Inc),List([27, 41))); TemporalArgument(in 1941,List(null)); "
        + "SpatialArgument(at Kettering,List([50, 55), {60}))"
        + "\tMoon said Tom , Jr. joined the firm (Inc) in 1941 at Kettering .\n";

    List<CarbExtraction> system = read(new OpenIeReader(), line);

    assertThat(system).containsExactly(new CarbExtraction(
        "Moon said Tom , Jr. joined the firm (Inc) in 1941 at Kettering .", 0.96, "[is] joined",
        List.of("Moon said Tom , Jr.", "the firm (Inc)", "in 1941", "at Kettering")));
  }

  @Test
  void openIeLeavesContextOutWhenSubjectAndRelationStartWithIt() throws IOException {
    String line = "0.5\tContext(Moon said,List([0, 9)))\tSimpleArgument(Moon,List([0, 4)))"
        + "\tRelation(said,List([5, 9)))\tSimpleArgument(Tom left,List([10, 18)))"
        + "\tMoon said Tom left .\n";

    assertThat(read(new OpenIeReader(), line)).containsExactly(new CarbExtraction(
        "Moon said Tom left .", 0.5, "said", List.of("Moon", "Tom left")));
  }

  @Test
  void openIeSkipsLinesWithoutSecondArgument() throws IOException {
    String line = "0.72\t\tSimpleArgument(a footballer,List([0, 12)))"
        + "\tRelation(plays,List([13, 18)))\t\tHe is a footballer who plays .\n";

    assertThat(read(new OpenIeReader(), line)).isEmpty();
  }

  @Test
  void openIeRejectsUnknownShapes() {
    String line = "0.5\t\tArgument without offsets\tRelation(r,List([0, 1)))"
        + "\tSimpleArgument(b,List([2, 3)))\ts\n";

    assertThatThrownBy(() -> read(new OpenIeReader(), line))
        .isInstanceOf(CarbFormatException.class)
        .hasMessageStartingWith("test:1:");
  }

  @Test
  void tabbedWriterOutputReadsBack() throws IOException {
    List<CarbExtraction> extractions = List.of(
        new CarbExtraction("Kim met Trump in Singapore .", 0.1 + 0.2, "met",
            List.of("Kim", "Trump", "L: in Singapore")),
        new CarbExtraction("Kim resigned .", 1e-7, "resigned", List.of("Kim")));
    StringWriter out = new StringWriter();
    CarbTabbedWriter writer = new CarbTabbedWriter(out);
    extractions.forEach(writer::write);

    assertThat(read(new CarbTabbedReader(), out.toString())).isEqualTo(extractions);
    assertThat(out.toString())
        .startsWith("Kim met Trump in Singapore .\t0.30000000000000004\tmet\t");
  }

  @Test
  void tabbedWriterRejectsFieldsThatWouldBreakTheLine() {
    CarbExtraction broken = new CarbExtraction("s", 0.5, "met\twith", List.of("A"));

    assertThatThrownBy(() -> CarbTabbedWriter.line(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relation");
  }
}
