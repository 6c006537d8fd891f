package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurnameJoinsTest {

  private record Named(String name, int mentions) {
    Named plus(Named other) {
      return new Named(name, mentions + other.mentions);
    }
  }

  private static List<Named> folded(Named... candidates) {
    return SurnameJoins.withInitialsFolded(List.of(candidates), Named::name, Named::plus);
  }

  @Test
  void anInitialAndSurnameCountsAsTheOneFullNameItFits() {
    assertThat(folded(new Named("Graham Rowntree", 4), new Named("G Rowntree", 3), new Named("Paul Rowntree", 1)))
        .containsExactly(new Named("Graham Rowntree", 7), new Named("Paul Rowntree", 1));
    assertThat(folded(new Named("Simon Easterby", 2), new Named("Guy Easterby", 5), new Named("S. Easterby", 1)))
        .containsExactly(new Named("Simon Easterby", 3), new Named("Guy Easterby", 5));
  }

  @Test
  void anInitialThatFitsNoneOrSeveralFullNamesStaysACandidate() {
    assertThat(folded(new Named("Gavin Kerr", 2), new Named("Gordon Kerr", 2), new Named("G Kerr", 1)))
        .containsExactly(new Named("Gavin Kerr", 2), new Named("Gordon Kerr", 2), new Named("G Kerr", 1));
    assertThat(folded(new Named("Brian Kerr", 2), new Named("G Kerr", 1)))
        .containsExactly(new Named("Brian Kerr", 2), new Named("G Kerr", 1));
  }
}
