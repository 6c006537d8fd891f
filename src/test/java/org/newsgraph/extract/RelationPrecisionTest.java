package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;

/**
 * The precision cases of relations between entities, each on a sentence written for this test:
 * possessors, nouns read as verbs, phrasal verbs, titles with honorifics, verbs the lemmatizer
 * leaves inflected. Names come from a stub name finder, the rest is the real OpenNLP models.
 */
class RelationPrecisionTest {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(),
      DictionaryNameTagger.of("Ivo Lang", "PER", "Pierre Dumont", "PER", "Tina Marsh", "PER", "France", "LOC",
          "UK", "LOC", "Acme Steel", "ORG", "Katrine Olsen", "PER", "Nordbank", "ORG", "Harwick United", "ORG", "Lang", "PER",
          "New Year", "MISC", "US", "LOC", "Bank of Harwick", "ORG", "Harwick Can Packaging Inc", "ORG", "Nordbank Can Corp", "ORG", "Spaniard", "MISC",
          "Harwick Open", "MISC")));

  private static List<String> triples(String sentence) {
    return Fixtures.triples(EXTRACTOR, sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ivo Lang will meet France's Pierre Dumont in the final.      | Ivo Lang MEET Pierre Dumont   | France",
      "Ivo Lang beat France's Pierre Dumont in straight sets.       | Ivo Lang BEAT Pierre Dumont   | France",
      "Tina Marsh became Ivo Lang's third wife in 2001.             | Tina Marsh BECOME third wife  | Ivo Lang",
      "Ivo Lang has handled Nordbank legal affairs for two years.   | Ivo Lang HANDLE Nordbank legal affairs | Nordbank",
      "Tina Marsh uses the old Acme Steel 4000 furnace.             | Tina Marsh USE old Acme Steel 4000 furnace | Acme Steel",
      "Tina Marsh will miss the Acme Steel final.                    | Tina Marsh MISS Acme Steel final | Acme Steel",
      "Tina Marsh admits US slavery links.                           | Tina Marsh ADMIT US slavery links | US",
      "Tina Marsh estimated the Bank of Harwick's profits at 2 mln.   | Tina Marsh ESTIMATE profits | Bank of Harwick",
  })
  void thePossessorOrAQualifyingNameIsNotTheObject(String sentence, String expected, String possessor) {
    List<String> found = triples(sentence);
    assertThat(found).contains(expected.strip());
    assertThat(found).noneMatch(t -> t.endsWith(" " + possessor.strip()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Tina Marsh plays a France \"date doctor\" in the film.   | France",
      "Ivo Lang earns Nordbank reprieve                         | Nordbank",
      "Acme Steel shipped 40,000 tonnes France in May.          | France",
  })
  void aNameQualifyingANounOrAQuantityIsNoObject(String sentence, String name) {
    assertThat(triples(sentence.strip())).noneMatch(t -> t.endsWith(" " + name.strip()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Tina Marsh beat UK act Harwick United to the award.",
      "Their record topped the UK singles chart last week.",
      "The song reached number one in the UK singles chart.",
  })
  void aNounReadAsAVerbInsideANounPhraseGivesNoRelation(String sentence) {
    assertThat(triples(sentence)).noneMatch(t -> t.contains(" SINGLE") || t.contains(" ACT"));
  }

  @Test
  void aPhrasalVerbKeepsItsParticleAndItsPreposition() {
    assertThat(triples("Ivo Lang went back on a promise to Acme Steel.")).contains("Ivo Lang GO_BACK_ON promise");
  }

  @Test
  void aTitleRelationCarriesTheRoleWithoutTheHonorific() {
    assertThat(triples("Harwick United manager Sir Ivo Lang praised Pierre Dumont."))
        .contains("Ivo Lang MANAGER_OF Harwick United")
        .noneMatch(t -> t.contains("SIR"));
    assertThat(EXTRACTOR.extract(Fixtures.article("", "Harwick United manager Sir Ivo Lang praised Pierre Dumont."))
        .relations()).filteredOn(r -> r.predicate().type().equals("MANAGER_OF"))
        .singleElement().satisfies(r -> assertThat(r.predicate().text()).isEqualTo("Harwick United manager"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ivo Lang admired Pierre Dumont.              | Ivo Lang ADMIRE Pierre Dumont",
      "Ivo Lang relies on Acme Steel.               | Ivo Lang RELY_ON Acme Steel",
      "Nordbank fulfils its promise to France.      | Nordbank FULFIL promise",
      "Ivo Lang has beaten Pierre Dumont twice.     | Ivo Lang BEAT Pierre Dumont",
  })
  void theTypeIsTheLemmaOfTheVerb(String sentence, String expected) {
    assertThat(triples(sentence)).contains(expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ivo Lang defeated Pierre Dumont in the final.        | Ivo Lang BEAT Pierre Dumont",
      "Ivo Lang blasted away at Nordbank all week.          | Ivo Lang BLAST_AWAY_AT Nordbank",
      "Nordbank struck a deal with Acme Steel.              | Nordbank STRIKE deal",
      "Ivo Lang lost to Pierre Dumont in the final.         | Ivo Lang LOSE_TO Pierre Dumont",
      "Ivo Lang scored against Harwick United twice.        | Ivo Lang SCORE_AGAINST Harwick United",
      "Ivo Lang met with Pierre Dumont in Paris.            | Ivo Lang MEET Pierre Dumont",
      "Ivo Lang sent Pierre Dumont away after two minutes.  | Ivo Lang SEND_AWAY Pierre Dumont",
      "Ivo Lang put Nordbank ahead after ten minutes.       | Ivo Lang PUT_AHEAD Nordbank",
      "Nordbank took over Acme Steel in October.            | Nordbank TAKE_OVER Acme Steel",
      "Harwick United take on Nordbank on Wednesday.        | Harwick United TAKE_ON Nordbank",
      "Ivo Lang has called on Nordbank to act.              | Ivo Lang CALL_ON Nordbank",
      "Ivo Lang met Pierre Dumont on Monday.                | Ivo Lang MEET Pierre Dumont",
  })
  void synonymsShareATypeButAPhrasalVerbOrAnotherSenseDoesNot(String sentence, String expected) {
    assertThat(triples(sentence.strip())).contains(expected.strip());
  }

  @Test
  void everyTypeOfTheseSentencesIsInTheClosedVocabulary() {
    String text = "Ivo Lang admired Pierre Dumont. Harwick United manager Sir Ivo Lang went back on a promise. "
        + "The song reached number one in the UK singles chart. Nordbank paid 250m for Acme Steel.";
    assertThat(EXTRACTOR.extract(Fixtures.article("Lang backs Dumont", text)).relations())
        .allMatch(r -> RelationTypes.isKnown(r.predicate().type()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ivo Lang met Pierre Dumont in Paris.                                 | MEET     | asserted",
      "Ivo Lang met Pierre Dumont in Paris, Nordbank said.                  | MEET     | reported",
      "Ivo Lang would meet Pierre Dumont if Acme Steel paid.                | MEET     | hypothetical",
      "If prices fall, Ivo Lang could buy Acme Steel.                       | BUY      | hypothetical",
      "Ivo Lang can beat Pierre Dumont in the final.                        | BEAT     | hypothetical",
      "Asked if Ivo Lang would meet Pierre Dumont, Tina Marsh said no.      | MEET     | question",
      "Ivo Lang will meet Pierre Dumont in Paris.                           | MEET     | intended",
      "Ivo Lang meets Pierre Dumont in Paris next week.                     | MEET     | intended",
      "Ivo Lang met Pierre Dumont in Paris last week.                       | MEET     | asserted",
      "Nordbank has agreed to acquire Acme Steel.                           | ACQUIRE  | intended",
      "Ivo Lang did not meet Pierre Dumont.                                 | MEET     | negated",
      "Ivo Lang failed to beat Pierre Dumont.                               | BEAT     | negated",
      "Nordbank insisted that Ivo Lang met Pierre Dumont.                   | MEET     | reported",
      "Nordbank denied that Ivo Lang met Pierre Dumont.                     | MEET     | negated",
      "Nordbank is set to rescue Acme Steel.                                | RESCUE   | intended",
      "Acme Steel is expected to be bought by Nordbank.                     | BUY      | intended",
      "Tina Marsh went to see Pierre Dumont every week.                     | SEE      | asserted",
      "Ivo Lang denied suggestions he wanted to leave Acme Steel.           | LEAVE    | negated",
      "Ivo Lang denied the reports that he had met Pierre Dumont.           | MEET     | negated",
      "Ivo Lang could not catch Pierre Dumont on the last lap.              | CATCH    | negated",
      "Nordbank would not comment on Acme Steel.                            | COMMENT_ON | negated",
      "Acme Steel would not have to pay Nordbank.                           | PAY      | hypothetical",
      "If Nordbank sells, Ivo Lang would not sign Pierre Dumont.            | SIGN     | hypothetical",
      "Ivo Lang is meeting Pierre Dumont on Thursday.                       | MEET     | intended",
      "Ivo Lang faces Pierre Dumont on Saturday.                            | FACE     | intended",
      "Ivo Lang met Pierre Dumont on Thursday.                              | MEET     | asserted",
      "Ivo Lang plays Pierre Dumont in the next round.                      | PLAY     | intended",
      "Tina Marsh will meet Katrine Olsen, while Ivo Lang faces Pierre Dumont. | FACE   | intended",
      "Ivo Lang has flown to France to meet Pierre Dumont on Sunday.         | FLY_TO   | asserted",
      "Tina Marsh sued Nordbank over allegations that Ivo Lang paid Pierre Dumont. | PAY | reported",
      "Ivo Lang opens against Tina Marsh and potentially faces Pierre Dumont. | FACE    | hypothetical",
      "Harwick United will try to win when Nordbank come to France.        | COME_TO  | intended",
      "Ivo Lang has denied Pierre Dumont his first title.                  | DENY     | asserted",
  })
  void everyRelationCarriesHowItsSentenceStatesIt(String sentence, String type, String modality) {
    List<Relation> found = EXTRACTOR.extract(Fixtures.article("", sentence.strip())).relations().stream()
        .filter(r -> r.predicate().type().equals(type.strip()))
        .toList();
    assertThat(found).isNotEmpty().allMatch(r -> r.predicate().modality().label().equals(modality.strip()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ivo Lang met Pierre Dumont in Paris, Nordbank said.                  | Nordbank",
      "Nordbank insisted that Ivo Lang met Pierre Dumont.                   | Nordbank",
      "Ivo Lang met Pierre Dumont, said Tina Marsh.                         | Tina Marsh",
      "According to Nordbank, Ivo Lang met Pierre Dumont.                   | Nordbank",
      "Ivo Lang met Pierre Dumont, officials said.                          | officials",
  })
  void aReportedRelationNamesWhoReportedIt(String sentence, String source) {
    Relation met = EXTRACTOR.extract(Fixtures.article("", sentence.strip())).relations().stream()
        .filter(r -> r.predicate().type().equals("MEET")).findFirst().orElseThrow();
    assertThat(met.predicate().modality()).isEqualTo(Modality.REPORTED);
    assertThat(met.predicate().reportedBy()).isEqualTo(source.strip());
  }

  @Test
  void aRelationNobodyIsSaidToHaveReportedHasNoSource() {
    assertThat(EXTRACTOR.extract(Fixtures.article("", "Ivo Lang met Pierre Dumont in Paris.")).relations())
        .isNotEmpty().allMatch(r -> r.predicate().reportedBy() == null);
  }

  @Test
  void aPossessedNameWithAVerbOfItsOwnIsNoObject() {
    assertThat(triples("Ivo Lang hopes France's Pierre Dumont will be named captain.")).noneMatch(t -> t.endsWith("Pierre Dumont"));
    assertThat(triples("Ivo Lang praised France's Pierre Dumont on Monday.")).contains("Ivo Lang PRAISE Pierre Dumont");
  }

  @Test
  void whatAVerbHappensDespiteOrAlongsideOrAtAHolidayIsNotItsObject() {
    assertThat(triples("Ivo Lang held on despite Pierre Dumont in the second set.")).noneMatch(t -> t.endsWith("Pierre Dumont"));
    assertThat(triples("Ivo Lang played alongside Pierre Dumont.")).noneMatch(t -> t.endsWith("Pierre Dumont"));
    assertThat(triples("Ivo Lang played with Pierre Dumont.")).contains("Ivo Lang PLAY_WITH Pierre Dumont");
    assertThat(EXTRACTOR.extract(Fixtures.article("", "Ivo Lang spoke in the New Year."))
        .relations()).noneMatch(r -> r.object().name().contains("New Year"));
  }

  @Test
  void theObjectOfARelativeClauseIsNotTheSubjectOfTheVerbAfterIt() {
    assertThat(triples("The man who hired Ivo Lang praised Pierre Dumont.")).noneMatch(t -> t.startsWith("Ivo Lang "));
    assertThat(triples("Tina Marsh who hired Ivo Lang praised Pierre Dumont."))
        .contains("Tina Marsh PRAISE Pierre Dumont").noneMatch(t -> t.startsWith("Ivo Lang PRAISE"));
  }

  @Test
  void whoAfterXOfYIsX() {
    assertThat(triples("Ivo Lang of France, who beat Pierre Dumont, will play on Friday."))
        .contains("Ivo Lang BEAT Pierre Dumont").noneMatch(t -> t.startsWith("France "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A late goal from Ivo Lang beat Harwick United on Saturday.                  | Ivo Lang BEAT",
      "The survey for Nordbank showed Acme Steel ahead of its rivals.              | Nordbank SHOW",
      "In a filing with Nordbank, the group, led by Acme Steel, said it sold shares. | Nordbank LEAD",
      "Ivo Lang scored twice in the Harwick United win over Nordbank.               | Harwick United WIN",
      "Fans cheered after the 2-0 Harwick United win against Nordbank.             | Harwick United WIN_AGAINST",
      "Pierre Dumont called up the Harwick United prop Ivo Lang.                    | Harwick United PROP",
      "A Nordbank team led by senior economist Katrine Olsen arrived in France.   | Katrine Olsen ARRIVE",
      "His years at Acme Steel in France in the 1990s had changed Ivo Lang.          | France CHANGE",
      "His years at Acme Steel in France in the 1990s had changed Ivo Lang.          | Acme Steel CHANGE",
  })
  void theNameInsideAnotherPhraseIsNotTheSubject(String sentence, String wrong) {
    assertThat(triples(sentence.strip())).noneMatch(t -> t.startsWith(wrong.strip() + " "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Nordbank seems to lag Acme Steel in new loans.                    | Nordbank LAG Acme Steel        | SEEM",
      "Nordbank appears to favour Acme Steel.                            | Nordbank FAVOUR Acme Steel     | APPEAR",
      "Ivo Lang helped build Harwick United in the 1990s.                | Ivo Lang BUILD Harwick United  | HELP",
  })
  void aVerbThatOnlyHedgesOrHelpsGivesTheTypeOfTheVerbAfterIt(String sentence, String expected, String hedge) {
    assertThat(triples(sentence.strip())).contains(expected.strip()).noneMatch(t -> t.contains(" " + hedge.strip() + " "));
  }

  @Test
  void aForecastAboutANameIsNoRelationWithIt() {
    assertThat(triples("Tina Marsh sees Nordbank earning 2 dlrs a share this year.")).noneMatch(t -> t.endsWith(" Nordbank"));
    assertThat(triples("Acme Steel called for Nordbank to be given more time.")).noneMatch(t -> t.endsWith(" Nordbank"));
  }

  @Test
  void aNameWithAVerbOfItsOwnAfterAClauseOpenerIsNoObject() {
    assertThat(triples("Ivo Lang waited before Tina Marsh cleared the ball.")).noneMatch(t -> t.startsWith("Ivo Lang "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Nordbank tried to ensure that Ivo Lang will not be offered a third term.       | Ivo Lang",
      "Acme Steel was investigating whether Ivo Lang and other firms worked together. | Ivo Lang",
      "Ivo Lang has not played since the Harwick Open.                                | Harwick Open",
      "Ivo Lang was speaking as Pierre Dumont, the Nordbank chairman, warned Acme Steel. | Pierre Dumont",
  })
  void aNameAfterAWordThatOpensAClauseOrSaysWhenIsNoObject(String sentence, String name) {
    assertThat(triples(sentence.strip())).noneMatch(t -> t.endsWith(" " + name.strip()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Tina Marsh argued Ivo Lang and Pierre Dumont could work together.     | Tina Marsh ARGUE",
      "Nordbank has revealed Ivo Lang and Pierre Dumont will join the board. | Nordbank REVEAL",
  })
  void namesJoinedByAndWithAVerbOfTheirOwnAreTheSubjectsOfAClauseNotObjects(String sentence, String wrong) {
    assertThat(triples(sentence.strip())).noneMatch(t -> t.startsWith(wrong.strip() + " "));
  }

  @Test
  void theObjectOfAVerbIsNotTheSubjectOfTheClauseAfterAnd() {
    assertThat(triples("Tina Marsh will face Ivo Lang and Pierre Dumont meets Katrine Olsen."))
        .contains("Tina Marsh FACE Ivo Lang", "Pierre Dumont MEET Katrine Olsen")
        .noneMatch(t -> t.startsWith("Ivo Lang MEET"));
    assertThat(triples("Tina Marsh said Ivo Lang and Pierre Dumont met Katrine Olsen."))
        .contains("Ivo Lang MEET Katrine Olsen", "Pierre Dumont MEET Katrine Olsen");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ivo Lang sacked by Harwick United                                     | Harwick United SACK Ivo Lang | Ivo Lang SACK",
      "The two engines, Acme Steel developed by Nordbank and others, sell well. | Nordbank DEVELOP Acme Steel | Acme Steel DEVELOP",
  })
  void aParticipleWithoutBeBeforeByIsAPassive(String sentence, String expected, String wrong) {
    assertThat(triples(sentence.strip())).contains(expected.strip()).noneMatch(t -> t.startsWith(wrong.strip() + " "));
  }

  @Test
  void aParticipleAfterAPhraseThatNamesNoOneGivesNoPassive() {
    assertThat(triples("Ivo Lang praised Nordbank in a statement read by Tina Marsh.")).noneMatch(t -> t.startsWith("Tina Marsh "));
    assertThat(triples("Ivo Lang visited a plant in France operated by Acme Steel.")).noneMatch(t -> t.startsWith("Acme Steel "));
  }

  @Test
  void doWithAPrepositionStandsForAnotherVerbAndGivesNoRelation() {
    assertThat(triples("Ivo Lang replaced Tina Marsh at Nordbank, as he has now done at Acme Steel."))
        .noneMatch(t -> t.contains(" DO"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Nordbank is planning to make Acme Steel and Harwick United more secure. | Nordbank MAKE",
      "Ivo Lang may make Pierre Dumont his first-choice kicker in Paris.       | Ivo Lang MAKE",
  })
  void makeWithAComplementAfterItsObjectGivesNoRelation(String sentence, String wrong) {
    assertThat(triples(sentence.strip())).noneMatch(t -> t.startsWith(wrong.strip() + " "));
  }

  @Test
  void aParticleTheChunkerPutInTheObjectStaysWithTheVerb() {
    assertThat(triples("Ivo Lang prodded Harwick United ahead in the 19th minute.")).contains("Ivo Lang PROD_AHEAD Harwick United");
  }

  @Test
  void wordsOfANameTheTaggerReadsAsAVerbGiveNoRelation() {
    assertThat(triples("Results include Harwick Can Packaging Inc and Nordbank Can Corp from March.")).isEmpty();
  }

  @Test
  void theObjectOfAPurposeInfinitiveIsNotTheVerbs() {
    assertThat(triples("Ivo Lang retires to be succeeded by Pierre Dumont.")).noneMatch(t -> t.endsWith("Pierre Dumont"));
  }

  @Test
  void aNounOfNationalityIsNoEnd() {
    assertThat(EXTRACTOR.extract(Fixtures.article("", "Ivo Lang became the fifth Spaniard to reach the final.")).relations())
        .noneMatch(r -> r.object().name().equals("Spaniard"));
    assertThat(triples("The Spaniard ousted Ivo Lang in the final.")).noneMatch(t -> t.startsWith("Spaniard "));
  }

  @Test
  void anInfinitiveAfterAnAdverbIsNoPreposition() {
    assertThat(triples("Nordbank offered to either buy Acme Steel or merge with it.")).noneMatch(t -> t.contains("OFFER_TO"));
  }

  @Test
  void theObjectOfAGerundOpeningItsClauseIsNotTheSubject() {
    assertThat(triples("Ivo Lang hopes that beating Harwick United will give him confidence."))
        .noneMatch(t -> t.startsWith("Harwick United "));
    assertThat(triples("Tina Marsh said winning Nordbank would give Acme Steel a bank.")).noneMatch(t -> t.startsWith("Nordbank "));
  }

  @Test
  void aNameInsideThePhraseOfWhatIsActedOnIsNotThePassiveObject() {
    assertThat(triples("The deposits of the failed Nordbank, Harwick, France, were assumed by Acme Steel."))
        .noneMatch(t -> t.startsWith("Acme Steel ASSUME"));
    assertThat(triples("The loans of the Bank of Harwick, France, were bought by Acme Steel."))
        .noneMatch(t -> t.startsWith("Acme Steel BUY"));
  }

  @Test
  void whichAfterXOfYAfterAPrepositionHasNoNamedSubject() {
    assertThat(triples("Ivo Lang played in the final of the Harwick Open, which earned Pierre Dumont a prize."))
        .noneMatch(t -> t.startsWith("Harwick Open "));
    assertThat(triples("Tina Marsh is a director of Acme Steel, which bought Nordbank in May."))
        .contains("Acme Steel BUY Nordbank");
  }

  @Test
  void whichAfterAListIsItsLastItem() {
    assertThat(triples("Ivo Lang has worked for Acme Steel, Nordbank and Harwick United, which signed Pierre Dumont."))
        .contains("Harwick United SIGN Pierre Dumont").noneMatch(t -> t.startsWith("Nordbank SIGN"));
  }

  @Test
  void aNamedPhraseBeforeOfIsTheSubjectAfterAnAside() {
    assertThat(triples("Ivo Lang of France, who beat Tina Marsh, beat Pierre Dumont on Friday."))
        .contains("Ivo Lang BEAT Pierre Dumont").noneMatch(t -> t.startsWith("France "));
  }

  @Test
  void theTitleOfTheOnePersonTheArticleNamedSoIsThatPerson() {
    assertThat(Fixtures.triples(EXTRACTOR, "Prime Minister Ivo Lang met Pierre Dumont. The prime minister praised Nordbank."))
        .contains("Ivo Lang PRAISE Nordbank");
    assertThat(Fixtures.triples(EXTRACTOR,
        "Prime Minister Ivo Lang met Prime Minister Tina Marsh. The prime minister praised Nordbank."))
        .as("two prime ministers: the title names neither").noneMatch(t -> t.endsWith("PRAISE Nordbank"));
  }

  @Test
  void aFormerRoleIsNoTitleRelation() {
    assertThat(triples("Former Harwick United manager Ivo Lang praised Pierre Dumont."))
        .contains("Ivo Lang PRAISE Pierre Dumont")
        .noneMatch(t -> t.contains("MANAGER_OF"));
  }

  @Test
  void aConditionInsideAQuotationDoesNotMakeTheSentenceHypothetical() {
    Relation r = EXTRACTOR.extract(Fixtures.article("",
        "\"If we lose, I will resign,\" said Ivo Lang, who has dropped Pierre Dumont.")).relations().stream()
        .filter(x -> x.predicate().type().equals("DROP")).findFirst().orElseThrow();
    assertThat(r.predicate().modality()).isNotEqualTo(Modality.HYPOTHETICAL);
  }
}
