package org.newsgraph.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Acronyms;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Keys;

class IdentityTest {

  @Test
  void spellingsOfOneNameShareAForm() {
    assertThat(NameForms.form("Kilroy-Silk")).isEqualTo(NameForms.form("Kilroy Silk")).isEqualTo("kilroysilk");
    assertThat(NameForms.form("Hongkong")).isEqualTo(NameForms.form("HONG KONG"));
    assertThat(NameForms.form("Zoë Ménard")).isEqualTo("zoemenard");
    assertThat(NameForms.form("U.S.")).isEqualTo("us");
    assertThat(NameForms.form("Mt. Aldan")).isEqualTo(NameForms.form("Mount Aldan"));
    assertThat(NameForms.form("--")).isEqualTo("--");
  }

  @Test
  void honorificsAreDroppedOnlyWhenANameRemains() {
    assertThat(NameForms.withoutHonorifics("Prof Ann Reddy")).isEqualTo("Ann Reddy");
    assertThat(NameForms.withoutHonorifics("Baroness Ingle")).isEqualTo("Ingle");
    assertThat(NameForms.withoutHonorifics("Dr. Mrs Ingle")).isEqualTo("Ingle");
    assertThat(NameForms.withoutHonorifics("Lord")).isEqualTo("Lord");
    assertThat(NameForms.withoutHonorifics("Ann Reddy")).isEqualTo("Ann Reddy");
    assertThat(NameForms.withoutHonorifics("Rt Rev Ann Reddy")).isEqualTo("Ann Reddy");
    assertThat(NameForms.withoutHonorifics("Most Reverend Ann Reddy")).isEqualTo("Ann Reddy");
    assertThat(NameForms.withoutHonorifics("Right Said Fred")).as("a prefix of address only before an honorific")
        .isEqualTo("Right Said Fred");
    assertThat(NameForms.withoutHonorifics("Most Rev")).isEqualTo("Most Rev");
  }

  @Test
  void theKeyIgnoresTypeSpellingHonorificsAndKnownAliases() {
    assertThat(Identity.of(entity(EntityType.PERSON, "Sonora")).key())
        .isEqualTo(Identity.of(entity(EntityType.ORGANIZATION, "SONORA")).key());
    assertThat(Identity.of(entity(EntityType.PERSON, "Prof Ann Reddy")).key()).isEqualTo(Identity.key("Ann Reddy"));
    Identity.Global usa = Identity.of(entity(EntityType.LOCATION, "U.S.A."));
    assertThat(usa.name()).isEqualTo("United States");
    assertThat(usa).isEqualTo(Identity.of(entity(EntityType.ORGANIZATION, "America")));
    assertThat(Identity.of(entity(EntityType.LOCATION, "Britain")).key()).isEqualTo(Identity.key("United Kingdom"));
    assertThat(Identity.of(entity(EntityType.OTHER, "Tories")).name()).isEqualTo("Conservative Party");
    assertThat(Identity.of(entity(EntityType.OTHER, "Liberal Democrat")).name()).isEqualTo("Liberal Democrats");
    assertThat(Identity.of(entity(EntityType.PERSON, "Ann Reddy")).key()).isNotEqualTo(Identity.key("Reddy"));
  }

  @Test
  void aPersonsLeadingInitialAndSuffixDoNotHideTheName() {
    assertThat(Identity.of(entity(EntityType.PERSON, "W. Ada Kern")).key()).isEqualTo(Identity.key("Ada Kern"));
    assertThat(Identity.of(entity(EntityType.PERSON, "Ada W. Kern")).key()).isNotEqualTo(Identity.key("Ada Kern"));
    assertThat(Identity.of(entity(EntityType.PERSON, "W. Kern")).key()).isEqualTo(Identity.key("W. Kern"));
    assertThat(Identity.of(entity(EntityType.ORGANIZATION, "J. Crew Group")).key()).isEqualTo(Identity.key("J. Crew Group"));
    assertThat(Identity.lastWord("Arcade Joseph Comeaux Jr.")).isEqualTo("comeaux");
    assertThat(Identity.lastWord("Comeaux Jr.")).isEqualTo("comeaux");
    assertThat(Identity.lastWord("Comeaux")).isNull();
    assertThat(Identity.lastWord("Kensington and Chelsea")).as("the last word of a coordination is not the name")
        .isNull();
    assertThat(Identity.lastWord("Bank of England")).isNull();
    assertThat(Identity.lastWord("Stade de France")).as("a Romance connector joins a place's name too").isNull();
    assertThat(Identity.lastWord("Gate of the Winds")).as("a connector further back still makes another name").isNull();
    assertThat(Identity.lastWord("American Pork Congress")).as("a kind of body alone is not this body").isNull();
    assertThat(Identity.lastWord("San Diego Chargers")).isEqualTo("chargers");
    assertThat(Identity.lastWord("Ludwig van Beethoven")).isEqualTo("beethoven");
  }

  @Test
  void eachMentionSaysHowItJoined() {
    Entity reddy = entity(EntityType.PERSON, "Ann Reddy");
    assertThat(Identity.rule("Ann Reddy", reddy)).isEqualTo(Identity.SAME_NAME);
    assertThat(Identity.rule("ANN REDDY", reddy)).isEqualTo(Identity.SPELLING);
    assertThat(Identity.rule("Prof Ann Reddy", reddy)).isEqualTo(Identity.HONORIFIC);
    assertThat(Identity.rule("Reddy", reddy)).isEqualTo(Identity.IN_ARTICLE);
    Entity states = entity(EntityType.LOCATION, "United States");
    assertThat(Identity.rule("U.S.", states)).isEqualTo(Identity.KNOWN_ALIAS);
    assertThat(Identity.rule("U.S.", entity(EntityType.LOCATION, "U.S."))).isEqualTo(Identity.KNOWN_ALIAS);
    Entity bank = entity(EntityType.ORGANIZATION, "Bank of Ostrava");
    assertThat(Identity.rule("BO", bank, true)).isEqualTo(Identity.ACRONYM);
    assertThat(Identity.rule("BO", bank, false)).as("not spelled out").isEqualTo(Identity.IN_ARTICLE);
    assertThat(Identity.rule("AR", reddy, true)).as("a person's initials are no acronym to learn")
        .isEqualTo(Identity.IN_ARTICLE);
    assertThat(Identity.rule("Bo", bank)).as("not written as an acronym").isEqualTo(Identity.IN_ARTICLE);
    assertThat(Identity.rule("BOS", bank)).as("not its initials").isEqualTo(Identity.IN_ARTICLE);
  }

  @Test
  void anAcronymIsTheInitialsOfTheWordsThatCount() {
    assertThat(Identity.initials("Advanced Micro Devices")).isEqualTo("amd");
    assertThat(Identity.initials("Bank of England")).isEqualTo("be");
    assertThat(Identity.initials("Hewlett-Packard")).isEqualTo("hp");
    assertThat(Identity.initials("Élan Ōsaka")).isEqualTo("eo");
    assertThat(Identity.initials("Nordwind")).isNull();
    assertThat(Identity.initials("The Times")).as("one initial is no acronym").isNull();
    assertThat(Acronyms.isAcronym("U.N.")).isTrue();
    assertThat(Acronyms.isAcronym("AMD")).isTrue();
    assertThat(Acronyms.isAcronym("Amd")).isFalse();
    assertThat(Acronyms.isAcronym("A")).isFalse();
  }

  private static Entity entity(EntityType type, String name) {
    return new Entity(Keys.entity(type, name), name, type, List.of(), List.of(), 1);
  }
}
