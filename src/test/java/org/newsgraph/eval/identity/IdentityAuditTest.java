package org.newsgraph.eval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityAuditTest {

  private static IdentityAudit.EntityRow row(String name, String type, long mentions) {
    return new IdentityAudit.EntityRow(type.toLowerCase() + ":" + name.toLowerCase(), name, type, mentions);
  }

  private static final List<IdentityAudit.EntityRow> GRAPH = List.of(
      row("US", "Location", 731), row("US", "Organization", 370), row("U.S.", "Location", 20),
      row("Kilroy-Silk", "Person", 22), row("Robert Kilroy-Silk", "Person", 9), row("Kilroy Silk", "Person", 2),
      row("Blair", "Person", 24), row("Tony Blair", "Person", 80), row("Brown", "Person", 5),
      row("Gordon Brown", "Person", 40), row("James Brown", "Person", 3),
      row("Prof Reddy", "Person", 2), row("Baroness Kennedy", "Person", 1), row("Lord", "Other", 1),
      row("Lord of the Rings", "Other", 1), row("Observes Mr Hadi", "Person", 1),
      row("Tory Liam Fox", "Person", 3), row("U.S. Treasury Secretary James Baker", "Person", 1),
      row("General Motors", "Organization", 12), row("Kim Jong Un", "Person", 30));

  @Test
  void namesFoldCaseAccentsPunctuationHyphensAndSpaces() {
    IdentityAudit.Report r = IdentityAudit.of(GRAPH, List.of());
    assertThat(r.entities()).isEqualTo(GRAPH.size());
    // us: US Location, US Organization, U.S. Location; kilroysilk: Kilroy-Silk, Kilroy Silk
    assertThat(r.splitNames().count()).isEqualTo(2);
    assertThat(r.splitNodes()).isEqualTo(5);
    assertThat(r.typeSplits()).isEqualTo(1);
    assertThat(r.typeOnlySplits()).isZero(); // "U.S." is written otherwise
    assertThat(r.splitNames().examples().get(0))
        .isEqualTo("US (Location, 731) · US (Organization, 370) · U.S. (Location, 20)");
  }

  @Test
  void aNameWrittenTheSameUnderTwoTypesDiffersOnlyByType() {
    IdentityAudit.Report r = IdentityAudit.of(List.of(row("Sony", "Person", 3), row("Sony", "Organization", 9)),
        List.of());
    assertThat(r.typeOnlySplits()).isEqualTo(1);
  }

  @Test
  void surnamesAndTheirCandidates() {
    IdentityAudit.Report r = IdentityAudit.of(GRAPH, List.of());
    // Blair → Tony Blair; Kilroy-Silk → Robert Kilroy-Silk; Brown → Gordon Brown, James Brown
    assertThat(r.surnames().count()).isEqualTo(3);
    assertThat(r.oneCandidate()).isEqualTo(2);
    assertThat(r.surnames().examples()).containsExactly(
        "Blair (24) → Tony Blair (80)",
        "Kilroy-Silk (22) → Robert Kilroy-Silk (9)",
        "Brown (5) → Gordon Brown (40), James Brown (3)");
  }

  @Test
  void honorificsAndDescriptors() {
    IdentityAudit.Report r = IdentityAudit.of(GRAPH, List.of("A → B 0.80 (surname)"));
    assertThat(r.honorifics().examples())
        .containsExactly("Prof Reddy (Person, 2)", "Baroness Kennedy (Person, 1)", "Observes Mr Hadi (Person, 1)");
    assertThat(r.descriptors().examples())
        .containsExactly("Tory Liam Fox (Person, 3)", "U.S. Treasury Secretary James Baker (Person, 1)");
    assertThat(r.candidateLinks().count()).isEqualTo(1);
  }

  @Test
  void aRoyalStyleOrASuffixIsPartOfTheName() {
    IdentityAudit.Report r = IdentityAudit.of(List.of(row("Prince Osric", "Person", 4), row("King Tamsin", "Person", 2),
        row("Ezra Lowell Jnr", "Person", 1), row("Tory Ezra Lowell Jnr", "Person", 1),
        row("Most Reverend Ezra Lowell", "Organization", 1)), List.of());
    assertThat(r.descriptors().examples()).containsExactly("Tory Ezra Lowell Jnr (Person, 1)");
    assertThat(r.honorifics().examples()).containsExactly("Most Reverend Ezra Lowell (Organization, 1)");
  }

  @ParameterizedTest
  @CsvSource({"Kilroy-Silk, kilroysilk", "Kilroy Silk, kilroysilk", "U.S., us", "Hongkong, hongkong",
      "Hong Kong, hongkong", "Zürich, zurich"})
  void fold(String name, String folded) {
    assertThat(IdentityAudit.fold(name)).isEqualTo(folded);
  }
}
