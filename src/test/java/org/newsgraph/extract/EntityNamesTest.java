package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityNamesTest {

  @Test
  void namesLeaveOutAliasesThatOnlyAddATitle() {
    Entity e = new Entity("person:karin lund", "Karin Lund", EntityType.PERSON,
        List.of("Lund", "Director Lund", "Chief Executive Karin Lund"), List.of("Director"), 4);
    assertThat(e.names()).containsExactly("Karin Lund", "Lund");
  }

  @Test
  void anAliasThatIsItselfANameStays() {
    Entity e = new Entity("organization:world trade organisation", "World Trade Organisation",
        EntityType.ORGANIZATION, List.of("WTO", "Trade Organisation"), List.of(), 3);
    assertThat(e.names()).containsExactly("World Trade Organisation", "WTO", "Trade Organisation");
  }
}
