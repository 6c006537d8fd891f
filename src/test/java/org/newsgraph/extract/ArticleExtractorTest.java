package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Article-level behaviour: headlines, titles, one entity per person, pronouns after quotations. */
class ArticleExtractorTest {

  private static final String BODY = String.join("\n",
      "German Chancellor Angela Merkel spoke with French President Emmanuel Macron in Paris.",
      "Merkel said Macron visited Madrid.",
      "\u201cWe agreed on the budget, and President Macron was very clear,\u201d she said.",
      "She later thanked the United Nations.");

  @Test
  void titleCaseHeadlineYieldsItsVerb() {
    ExtractedArticle x = Fixtures.extract("Merkel Praises Macron for Budget Plan", BODY);
    assertThat(x.relations()).anySatisfy(r -> {
      assertThat(r.sentence()).isZero();
      assertThat(r.predicate().type()).isEqualTo("PRAISE");
      assertThat(r.subject().name()).isEqualTo("Angela Merkel");
      assertThat(r.object().name()).isEqualTo("Emmanuel Macron");
    });
  }

  @Test
  void shortNamesAndTitledNamesJoinTheFullName() {
    ExtractedArticle x = Fixtures.extract("", BODY);
    assertThat(x.entities()).filteredOn(e -> e.name().contains("Macron") || e.aliases().contains("Macron"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.name()).isEqualTo("Emmanuel Macron");
          assertThat(e.type()).isEqualTo(EntityType.PERSON);
          assertThat(e.titles()).contains("President of France");
          assertThat(e.mentions()).isEqualTo(3);
        });
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("Chancellor", "President", "She");
  }

  @Test
  void aCompanysNameCutAtAndIsWholeAgainButTwoCompaniesStayTwo() {
    assertThat(Fixtures.extract("", "Kelso Tire and Rubber Co praised Angela Merkel.").entities())
        .extracting(Entity::name).contains("Kelso Tire and Rubber Co").doesNotContain("Kelso Tire", "Rubber Co");
    assertThat(Fixtures.extract("", "Acme Steel and Kelso Motors Corp praised Angela Merkel.").entities())
        .extracting(Entity::name).contains("Acme Steel", "Kelso Motors Corp");
  }

  @Test
  void theCurrencyOfAnAmountAndAnMpAreNoEntities() {
    ExtractedArticle x = Fixtures.extract("", "Angela Merkel made 3.35m Euros from the deal and hopes to remain MP.");
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("Euros", "MP");
    assertThat(x.relations()).extracting(Fixtures::triple).contains("Angela Merkel MAKE 3.35m Euros");
  }

  @Test
  void aTitleWordBeforeOnePluralNameIsACompanysName() {
    assertThat(Fixtures.extract("", "General Motors of the US is to pay Acme Steel.").entities())
        .extracting(Entity::name, Entity::type)
        .contains(org.assertj.core.groups.Tuple.tuple("General Motors", EntityType.ORGANIZATION));
  }

  @Test
  void aStationsNumberIsPartOfItsName() {
    assertThat(Fixtures.extract("", "Kelso Radio 4 interviewed Angela Merkel on Monday.").relations())
        .extracting(Fixtures::triple).contains("Kelso Radio 4 INTERVIEW Angela Merkel");
    assertThat(Fixtures.extract("", "Kelso Radio 4-2 was the score.").entities())
        .extracting(Entity::name).doesNotContain("Kelso Radio 4");
  }

  @Test
  void aSurnameAloneIsNotTheRelativeTheArticleIntroducesByIt() {
    ExtractedArticle x = Fixtures.extract("", "Ruiz arrived in Madrid with his son, Pedro Ruiz. Ruiz praised Spain.");
    assertThat(x.entities()).extracting(Entity::name).contains("Ruiz", "Pedro Ruiz");
    assertThat(x.relations()).extracting(Fixtures::triple).contains("Ruiz PRAISE Spain");

    assertThat(Fixtures.extract("", "Pedro Ruiz arrived in Madrid. Ruiz praised Spain.").entities())
        .extracting(Entity::name).contains("Pedro Ruiz").doesNotContain("Ruiz");
    assertThat(Fixtures.extract("", "Ruiz and Pedro Ruiz arrived in Madrid. Ruiz praised Spain.").relations())
        .extracting(Fixtures::triple).as("a sentence writes them as two people").contains("Ruiz PRAISE Spain");
    assertThat(Fixtures.extract("", "The death of Pedro Ruiz in Madrid shocked Spain and Ruiz had praised Spain.").entities())
        .extracting(Entity::name).as("after the full name, the surname is that person").doesNotContain("Ruiz");
  }

  @Test
  void demonymBeforeATitleIsMentionedAsThePlace() {
    ExtractedArticle x = Fixtures.extract("", BODY);
    assertThat(x.entities()).filteredOn(e -> e.name().equals("Germany")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
    assertThat(x.entities()).filteredOn(e -> e.name().equals("Angela Merkel")).singleElement()
        .satisfies(e -> assertThat(e.titles()).containsExactly("Chancellor of Germany"));
  }

  @Test
  void titleBeforeANameStatesWhatThePersonIsOf() {
    ExtractedArticle x = Fixtures.extract("", BODY);
    assertThat(x.relations()).filteredOn(r -> r.predicate().type().endsWith("_OF"))
        .extracting(Fixtures::triple)
        .containsExactlyInAnyOrder("Angela Merkel CHANCELLOR_OF Germany", "Emmanuel Macron PRESIDENT_OF France");
  }

  @Test
  void typeHintsFromTheNameAndTheNounBeforeIt() {
    ExtractedArticle x = Fixtures.extract("", "Readers of the newspaper Morgenpost Heute praised the Valdoran Peninsula.");
    assertThat(x.entities()).extracting(Entity::name, Entity::type).contains(
        org.assertj.core.groups.Tuple.tuple("Morgenpost Heute", EntityType.ORGANIZATION),
        org.assertj.core.groups.Tuple.tuple("Valdoran Peninsula", EntityType.LOCATION));
    assertThat(Fixtures.extract("", "Angela Merkel left 10 Kelso Street on Monday.").entities())
        .extracting(Entity::name, Entity::type)
        .as("the name finder called it a person; a street is a place")
        .contains(org.assertj.core.groups.Tuple.tuple("Kelso Street", EntityType.LOCATION));
  }

  @Test
  void datesWithoutAYearTakeThePublicationYear() {
    ExtractedArticle x = Fixtures.extract("", "Angela Merkel met with Emmanuel Macron on June 3.");
    assertThat(x.quantities()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quantity.Kind.DATE);
      assertThat(q.value()).isEqualTo("2020-06-03");
    });
  }

  @Test
  void pronounAfterAQuotationIsTheSpeakerNotThePersonQuoted() {
    ExtractedArticle x = Fixtures.extract("", BODY);
    assertThat(x.relations()).anySatisfy(r -> {
      assertThat(r.predicate().type()).isEqualTo("THANK");
      assertThat(r.subject().name()).isEqualTo("Angela Merkel");
      assertThat(r.object().name()).isEqualTo("United Nations");
    });
  }

  @Test
  void aPronounAfterTheOneWhoWasToldIsTheTellerOrNobody() {
    ExtractedArticle named = Fixtures.extract("", "Angela Merkel told Emmanuel Macron she would resign in May.");
    assertThat(named.relations()).filteredOn(r -> r.predicate().type().equals("RESIGN")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.subject().name()).isEqualTo("Angela Merkel"));
    ExtractedArticle unnamed = Fixtures.extract("",
        "Emmanuel Macron arrived on Monday. The chancellor told Mr Macron he would resign in May.");
    assertThat(unnamed.relations()).filteredOn(r -> r.predicate().type().equals("RESIGN")).isEmpty();
  }

  @Test
  void quotationIsAttributedToItsSpeakerAcrossSentences() {
    ExtractedArticle x = Fixtures.extract("", String.join("\n",
        "Angela Merkel visited Paris.",
        "\u201cThe budget is fair. We will sign it next week,\u201d Merkel said on Monday."));
    assertThat(x.relations()).anySatisfy(r -> {
      assertThat(r.subject().name()).isEqualTo("Angela Merkel");
      assertThat(r.predicate().type()).isEqualTo("SAY");
      assertThat(r.object().type()).isEqualTo(Argument.QUOTE);
      assertThat(r.object().name()).isEqualTo("The budget is fair. We will sign it next week");
      assertThat(r.object().key()).isEqualTo(Keys.quote("The budget is fair.  We will sign it next week"));
    });
  }

  @Test
  void reportedClauseIsWhatTheSpeakerSaid() {
    ExtractedArticle x = Fixtures.extract("", "Emmanuel Macron said that Spain would join the pact.");
    assertThat(x.relations()).anySatisfy(r -> {
      assertThat(r.subject().name()).isEqualTo("Emmanuel Macron");
      assertThat(r.predicate().type()).isEqualTo("SAY");
      assertThat(r.object().name()).isEqualTo("Spain would join the pact");
      assertThat(r.object().isQuote()).as("what was said is not a concept").isTrue();
    });
  }

  @Test
  void pronounSpeakerOfAQuotationIsResolved() {
    ExtractedArticle x = Fixtures.extract("", BODY);
    assertThat(x.relations()).anySatisfy(r -> {
      assertThat(r.subject().name()).isEqualTo("Angela Merkel");
      assertThat(r.predicate().type()).isEqualTo("SAY");
      assertThat(r.object().name()).startsWith("We agreed on the budget");
    });
  }

  @Test
  void mentionsPointAtTheirEntityAndSentence() {
    ExtractedArticle x = Fixtures.extract("", BODY);
    assertThat(x.mentions()).allSatisfy(m ->
        assertThat(x.entities()).anyMatch(e -> e.key().equals(m.entityKey())));
    assertThat(x.mentions()).allSatisfy(m -> {
      SentenceText s = x.sentences().get(m.mention().sentence());
      assertThat(m.mention().charStart()).isBetween(s.start(), s.end());
    });
  }
}
