package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Entity grouping on hand-built mentions. */
class EntityResolverTest {

  private static Mention m(int sentence, String text, EntityType type, String title) {
    return new Mention(sentence, 0, text.split(" ").length, text, type, type == null ? 0 : 0.8, title, null, 0, text.length());
  }

  private final EntityResolver resolver = new EntityResolver();

  @Test
  void surnameAndTitledNameJoinTheFullName() {
    var result = resolver.resolve(List.of(
        m(0, "Olaf Berg", EntityType.PERSON, null),
        m(1, "Berg", EntityType.ORGANIZATION, null),
        m(2, "Berg", null, "Minister")));
    assertThat(result.entities()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Olaf Berg");
      assertThat(e.type()).isEqualTo(EntityType.PERSON);
      assertThat(e.key()).isEqualTo("person:olaf berg");
      assertThat(e.aliases()).contains("Berg", "Minister Berg");
      assertThat(e.mentions()).isEqualTo(3);
    });
  }

  @Test
  void aShorterBodyOfTheSameKindIsAnotherBody() {
    var result = resolver.resolve(List.of(
        m(0, "Central Bank of Norland", EntityType.ORGANIZATION, null),
        m(1, "Bank of Norland", EntityType.ORGANIZATION, null),
        m(2, "Norland Harbour Authority", EntityType.ORGANIZATION, null),
        m(3, "Norland Harbour", EntityType.ORGANIZATION, null)));
    assertThat(result.entities()).extracting(Entity::name)
        .containsExactlyInAnyOrder("Central Bank of Norland", "Bank of Norland", "Norland Harbour Authority");
  }

  @Test
  void aCompanysFirstWordJoinsItAndItsMentionsAreAnOrganisation() {
    var result = resolver.resolve(List.of(
        m(0, "Halvard Corp", EntityType.PERSON, null),
        m(1, "HALVARD", EntityType.LOCATION, null),
        m(2, "Halvard", EntityType.LOCATION, null)));
    assertThat(result.entities()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Halvard Corp");
      assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
    });
  }

  @Test
  void aNameWrittenWithAndWithoutItsHyphenIsOneAndItsTitledSurnameJoinsIt() {
    var result = resolver.resolve(List.of(
        m(0, "Clara Voss-Lindqvist", EntityType.PERSON, null),
        m(1, "Clara Voss Lindqvist", EntityType.PERSON, null),
        m(2, "Voss-Lindqvist", null, "Ms"),
        m(3, "Voss-Lindqvist", EntityType.PERSON, null)));
    assertThat(result.entities()).singleElement().satisfies(e -> {
      assertThat(e.mentions()).isEqualTo(4);
      assertThat(e.type()).isEqualTo(EntityType.PERSON);
    });
  }

  @Test
  void aPersonsLastTwoWordsJoinTheFullNameUnlessTwoPeopleEndSo() {
    var one = resolver.resolve(List.of(
        m(0, "Maria Luisa Ferro", EntityType.PERSON, null),
        m(1, "Luisa Ferro", EntityType.PERSON, null)));
    assertThat(one.entities()).singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(2));
    var two = resolver.resolve(List.of(
        m(0, "Maria Luisa Ferro", EntityType.PERSON, null),
        m(1, "Anna Luisa Ferro", EntityType.PERSON, null),
        m(2, "Luisa Ferro", EntityType.PERSON, null)));
    assertThat(two.entities()).hasSize(3);
    var place = resolver.resolve(List.of(
        m(0, "Maria Luisa Ferro", EntityType.PERSON, null),
        m(1, "Luisa Ferro", EntityType.LOCATION, null)));
    assertThat(place.entities()).hasSize(2);
  }

  @Test
  void theSurnameOfANameEndingInJuniorIsTheWordBeforeIt() {
    var result = resolver.resolve(List.of(
        m(0, "Henrik Dahl Jr", EntityType.PERSON, null),
        m(1, "Dahl", EntityType.PERSON, null),
        m(2, "Dahl", null, "Mr")));
    assertThat(result.entities()).singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(3));
  }

  @Test
  void aSurnameJoinsTheNameTheFinderTypedRatherThanAnUntypedHeadlineSpan() {
    var result = resolver.resolve(List.of(
        m(0, "Brave Lindqvist", null, null),
        m(1, "Ola Lindqvist", EntityType.PERSON, null),
        m(2, "Lindqvist", EntityType.PERSON, null)));
    assertThat(result.entities()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Ola Lindqvist");
      assertThat(e.mentions()).isEqualTo(2);
    });
  }

  @Test
  void anInitialAndTheSurnameJoinTheOneFullNameTheyFit() {
    var one = resolver.resolve(List.of(
        m(0, "Gunnar Holm", EntityType.PERSON, null),
        m(5, "G Holm", EntityType.PERSON, null),
        m(6, "Holm", EntityType.PERSON, null)));
    assertThat(one.entities()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Gunnar Holm");
      assertThat(e.mentions()).isEqualTo(3);
    });
    var teamSheetFirst = resolver.resolve(List.of(
        m(0, "G Holm", EntityType.PERSON, null),
        m(1, "Gunnar Holm", EntityType.PERSON, null)));
    assertThat(teamSheetFirst.entities()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Gunnar Holm"));
    var two = resolver.resolve(List.of(
        m(0, "Gunnar Holm", EntityType.PERSON, null),
        m(1, "Gustav Holm", EntityType.PERSON, null),
        m(5, "G Holm", EntityType.PERSON, null)));
    assertThat(two.entities()).hasSize(3);
  }

  @Test
  void aKnightIsCalledByHisGivenName() {
    var result = resolver.resolve(List.of(
        m(0, "Edvard Moe", EntityType.PERSON, "Sir"),
        m(1, "Edvard", EntityType.PERSON, "Sir"),
        m(2, "Edvard", EntityType.PERSON, "Mr")));
    assertThat(result.entities()).extracting(Entity::mentions).containsExactlyInAnyOrder(2, 1);
  }

  @Test
  void namesWithTheSameLettersAndAsManyWordsStayApart() {
    var result = resolver.resolve(List.of(
        m(0, "Ana Belmonte", EntityType.PERSON, null),
        m(1, "Anab Elmonte", EntityType.PERSON, null)));
    assertThat(result.entities()).hasSize(2);
  }

  @Test
  void ambiguousShortNameStaysApart() {
    var result = resolver.resolve(List.of(
        m(0, "Anna Lee", EntityType.PERSON, null),
        m(1, "Tom Lee", EntityType.PERSON, null),
        m(2, "Lee", EntityType.PERSON, null)));
    assertThat(result.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Anna Lee", "Tom Lee", "Lee");
  }

  @Test
  void acronymJoinsTheNameItAbbreviates() {
    var result = resolver.resolve(List.of(
        m(0, "United Nations", EntityType.ORGANIZATION, null),
        m(1, "U.N.", EntityType.ORGANIZATION, null)));
    assertThat(result.entities()).singleElement().satisfies(e -> assertThat(e.aliases()).containsExactly("U.N."));
  }

  @Test
  void capitalisedWordSeenOnceWithoutEvidenceIsNoEntity() {
    var result = resolver.resolve(List.of(m(0, "Meanwhile", null, null)));
    assertThat(result.entities()).isEmpty();
    assertThat(result.mentions()).isEmpty();
  }

  @Test
  void typeIsVotedOverMentions() {
    var result = resolver.resolve(List.of(
        m(0, "Nordbank", EntityType.ORGANIZATION, null),
        m(1, "Nordbank", EntityType.ORGANIZATION, null),
        m(2, "Nordbank", EntityType.LOCATION, null)));
    assertThat(result.entities()).singleElement().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
  }

  private static Mention at(int sentence, int start, String text, EntityType type) {
    return new Mention(sentence, start, start + text.split(" ").length, text, type, 0.8, null, null, 0, text.length());
  }

  @Test
  void aNameTypedTwoWaysAgainAndAgainIsTwoEntities() {
    var result = resolver.resolve(List.of(
        at(0, 0, "Harwick", EntityType.ORGANIZATION),
        at(1, 0, "Harwick", EntityType.ORGANIZATION),
        at(2, 3, "Harwick", EntityType.LOCATION),
        at(3, 5, "Harwick", EntityType.LOCATION)));
    assertThat(result.entities()).extracting(Entity::key)
        .containsExactly("location:harwick", "organization:harwick");
    assertThat(result.mentions()).extracting(ResolvedMention::entityKey)
        .containsExactly("organization:harwick", "organization:harwick", "location:harwick", "location:harwick");
  }

  @Test
  void oneMentionOfAnotherTypeAmongManyIsTakenForAMistakeAndFollowsTheVote() {
    var result = resolver.resolve(List.of(
        at(0, 4, "Norland", EntityType.LOCATION),
        at(1, 2, "Norland", EntityType.LOCATION),
        at(2, 6, "Norland", EntityType.ORGANIZATION),
        at(3, 1, "Norland", EntityType.LOCATION)));
    assertThat(result.entities()).singleElement().extracting(Entity::key).isEqualTo("location:norland");
  }

  @Test
  void oneOddTypeAtTheStartOfASentenceFollowsTheVote() {
    var result = resolver.resolve(List.of(
        at(0, 2, "Karin Lund", EntityType.PERSON),
        at(1, 0, "Lund", EntityType.ORGANIZATION),
        at(2, 4, "Lund", EntityType.PERSON)));
    assertThat(result.entities()).singleElement().extracting(Entity::type).isEqualTo(EntityType.PERSON);
  }

  @Test
  void properNounsTheNameFinderIgnoredAreNoEntityHoweverOftenWritten() {
    var result = resolver.resolve(List.of(m(0, "Summary", null, null), m(3, "Summary", null, null),
        at(4, 2, "Results Table", null)));
    assertThat(result.entities()).isEmpty();
  }

  @Test
  void aPartOfALongerNameOfAnotherKindStaysApart() {
    var result = resolver.resolve(List.of(
        at(0, 0, "Harwick Bay Open", EntityType.OTHER),
        at(1, 0, "Harwick Bay", EntityType.LOCATION)));
    assertThat(result.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Harwick Bay Open", "Harwick Bay");
  }

  @Test
  void aHyphenedSurnameIsTheNameWrittenWithoutTheHyphen() {
    var result = resolver.resolve(List.of(
        at(0, 0, "Ivor Lang Berry", EntityType.PERSON),
        at(1, 0, "Lang-Berry", EntityType.PERSON)));
    assertThat(result.entities()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Ivor Lang Berry"));
  }

  @Test
  void aWordAfterAConnectorIsNotAShortFormOfTheName() {
    var result = resolver.resolve(List.of(
        at(0, 0, "Parc de Tarvia", null),
        at(1, 0, "Parc de Tarvia", null),
        at(2, 0, "Tarvia", EntityType.LOCATION),
        at(3, 0, "Olaf Berg", EntityType.PERSON),
        at(4, 0, "Berg", EntityType.PERSON)));
    assertThat(result.entities()).extracting(Entity::name).contains("Tarvia", "Olaf Berg").doesNotContain("Berg");
    assertThat(result.entities()).filteredOn(e -> e.name().equals("Tarvia"))
        .singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(1));
  }

  @Test
  void aNameWrittenInCapitalsInTheHeadlineTakesTheBodysSpelling() {
    var result = resolver.resolve(List.of(
        at(0, 0, "HARWICK", EntityType.ORGANIZATION),
        at(1, 0, "Harwick", EntityType.ORGANIZATION),
        at(2, 3, "NATO", EntityType.ORGANIZATION)));
    assertThat(result.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Harwick", "NATO");
    assertThat(result.entities()).filteredOn(e -> e.name().equals("Harwick")).singleElement()
        .satisfies(e -> {
          assertThat(e.key()).isEqualTo("organization:harwick");
          assertThat(e.aliases()).containsExactly("HARWICK");
        });
  }
}
