package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.EntityRefresh.Decision;
import org.newsgraph.graph.EntityRefresh.Written;
import org.newsgraph.identity.Identity;

class EntityRefreshTest {

  @Test
  void theTypeIsTheOneMostMentionsGaveAndTiesGoToThePersonFirst() {
    String key = Identity.key("Sonora");
    assertThat(EntityRefresh.decide(key, "Sonora", List.of(
        new Written("Sonora", "sonora", "Person", Identity.SAME_NAME, 3),
        new Written("Sonora", "sonora", "Organization", Identity.SAME_NAME, 5))).type()).isEqualTo("Organization");
    assertThat(EntityRefresh.decide(key, "Sonora", List.of(
        new Written("Sonora", "sonora", "Location", Identity.SAME_NAME, 2),
        new Written("Sonora", "sonora", "Person", Identity.SAME_NAME, 2))).type()).isEqualTo("Person");
  }

  @Test
  void theNameIsTheMostWrittenFormOfTheKeyMixedCaseFirst() {
    String key = Identity.key("Ann Reddy");
    Decision d = EntityRefresh.decide(key, "ANN REDDY", List.of(
        new Written("ANN REDDY", "annreddy", "Person", Identity.SAME_NAME, 2),
        new Written("Ann Reddy", "annreddy", "Person", Identity.SAME_NAME, 2),
        new Written("Prof Ann Reddy", "profannreddy", "Person", Identity.HONORIFIC, 1),
        new Written("Reddy", "reddy", "Person", Identity.IN_ARTICLE, 4),
        new Written("REDDY", "reddy", "Person", Identity.IN_ARTICLE, 1),
        new Written("A. Reddy", "areddy", "Person", Identity.IN_ARTICLE, 1)));
    assertThat(d.name()).isEqualTo("Ann Reddy");
    assertThat(d.aliases()).containsExactly("Reddy", "A. Reddy");
    assertThat(d.joins()).containsExactly(Identity.IN_ARTICLE, Identity.IN_ARTICLE);
  }

  @Test
  void aKnownAliasKeepsTheCanonicalNameWhenNoMentionWritesIt() {
    Decision d = EntityRefresh.decide(Identity.key("United States"), "United States", List.of(
        new Written("U.S.", "us", "Location", Identity.KNOWN_ALIAS, 7),
        new Written("America", "america", "Location", Identity.KNOWN_ALIAS, 2)));
    assertThat(d.name()).isEqualTo("United States");
    assertThat(d.aliases()).containsExactly("U.S.", "America");
    assertThat(d.joins()).containsOnly(Identity.KNOWN_ALIAS);
  }
}
