package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;

/** Which of the name finder's names become entities: the real taggers, names from a dictionary. */
class MentionFilterTest {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(),
      DictionaryNameTagger.of(
          "Norwegian", "MISC", "Valdoran", "MISC", "Nordic Sailing Cup", "MISC", "Estonians", "MISC",
          "TROMSO", "LOC", "Tromso", "LOC", "Karin Lund", "PER", "Lund", "PER", "Spanish", "MISC",
          "Harwick County", "ORG", "Prince 's Wharf", "LOC", "Finnish", "MISC",
          "NHYO", "ORG", "Corp", "ORG", "Ltd", "ORG", "MLN DLRS", "MISC", "MLN DLS", "MISC", "QTR NET", "MISC", "Sept", "MISC",
          "Thursday", "MISC", "Nordkapp Shipping", "ORG", "Skarvik Bank", "LOC", "Liberal", "MISC",
          "Halvard Corp", "PER", "Finance Minister Brandt", "ORG", "Harbour Chairman Group", "ORG",
          "Halvard", "PER", "Refractories Corp", "ORG", "Nordkapp Shipping accuse", "ORG", "Tom Berg", "PER", "Swede Tom Berg", "PER", "Justice Department", "PER")));

  private static ExtractedArticle extract(String title, String body) {
    return EXTRACTOR.extract(new Article("test/" + Math.abs(body.hashCode()), null, title, List.of(),
        LocalDate.of(2020, 1, 1), null, "test", null, body, Integer.toHexString(body.hashCode())));
  }

  @Test
  void nationalitiesAndEventsAreEntitiesOfTypeOther() {
    ExtractedArticle x = extract("", "The Norwegian crew won the Nordic Sailing Cup. Estonians came second.");
    assertThat(x.entities()).extracting(Entity::name, Entity::type).contains(
        tuple("Norwegian", EntityType.OTHER), tuple("Nordic Sailing Cup", EntityType.OTHER),
        tuple("Estonians", EntityType.OTHER));
  }

  @Test
  void aNameEndingLikeACompanysIsAnOrganisationWhateverTheNameFinderSaid() {
    ExtractedArticle x = extract("", "Halvard Corp said profits rose.");
    assertThat(x.entities()).extracting(Entity::name, Entity::type).containsExactly(tuple("Halvard Corp", EntityType.ORGANIZATION));
  }

  @Test
  void aCompanysFirstWordAloneIsTheCompanyAndATitleWordBeforeItsNameIsPartOfIt() {
    ExtractedArticle x = extract("", "Halvard Corp said profits rose. Halvard also cut jobs in Tromso.");
    assertThat(x.entities()).filteredOn(e -> e.name().equals("Halvard Corp")).singleElement()
        .satisfies(e -> assertThat(e.aliases()).contains("Halvard"));
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("Halvard");
    ExtractedArticle general = extract("", "General Refractories Corp said sales rose.");
    assertThat(general.entities()).extracting(Entity::name, Entity::type, Entity::titles)
        .containsExactly(tuple("General Refractories Corp", EntityType.ORGANIZATION, List.of()));
  }

  @Test
  void aNationalityBeforeAPersonsNameIsNotPartOfIt() {
    ExtractedArticle x = extract("", "Karin Lund beat Swede Tom Berg and Norwegian Tom Berg in Tromso.");
    assertThat(x.entities()).extracting(Entity::name).contains("Tom Berg").doesNotContain("Swede Tom Berg");
  }

  @Test
  void aTitleWordBeforeOneWordThatSaysAKindOfBodyIsTheBodysName() {
    ExtractedArticle x = extract("", "Nordkapp Shipping was sued by the Justice Department on Monday.");
    assertThat(x.entities()).extracting(Entity::name, Entity::type).contains(tuple("Justice Department", EntityType.ORGANIZATION));
  }

  @Test
  void whoWasToldQualifiesNoTitle() {
    ExtractedArticle x = extract("", "Karin Lund told Nordkapp Shipping Finance Director Tom Berg was leaving.");
    assertThat(x.entities()).filteredOn(e -> e.name().equals("Tom Berg")).singleElement()
        .satisfies(e -> assertThat(e.titles()).containsExactly("Finance Director"));
  }

  @Test
  void aNameDoesNotEndWithAVerbInLowerCase() {
    ExtractedArticle x = extract("", "The Nordkapp Shipping accuse Karin Lund of lying.");
    assertThat(x.entities()).extracting(Entity::name).contains("Nordkapp Shipping", "Karin Lund");
  }

  @Test
  void aSurnameAfterATitleThatABodyQualifiesIsAPerson() {
    ExtractedArticle x = extract("", "Officials met Finance Minister Brandt on issues like debt.");
    assertThat(x.entities()).extracting(Entity::name, Entity::type).contains(tuple("Brandt", EntityType.PERSON))
        .noneMatch(t -> t.toList().get(0).toString().contains("Minister"));
    ExtractedArticle group = extract("", "Officials met the Harbour Chairman Group on Monday.");
    assertThat(group.entities()).extracting(Entity::name).contains("Harbour Chairman Group");
  }

  @Test
  void aNameBeforeANounIsStillAName() {
    ExtractedArticle x = extract("", "Valdoran exports of salmon rose in March.");
    assertThat(x.entities()).extracting(Entity::name).containsExactly("Valdoran");
  }

  @Test
  void aNameBeforeAWordThatOnlySometimesMakesATitleIsStillAName() {
    ExtractedArticle x = extract("", "The Spanish first division club signed Karin Lund.");
    assertThat(x.entities()).extracting(Entity::name).contains("Spanish", "Karin Lund");
  }

  @Test
  void aDayBeforeATitleQualifiesNoTitle() {
    ExtractedArticle x = extract("", "Karin Lund spoke in Tromso. On Thursday Mrs Lund will speak again.");
    assertThat(x.entities()).filteredOn(e -> e.name().equals("Karin Lund")).singleElement()
        .satisfies(e -> assertThat(e.titles()).containsExactly("Mrs"));
    ExtractedArticle paper = extract("", "Sunday Tromso journalist Tom Berg wrote it.");
    assertThat(paper.entities()).filteredOn(e -> e.name().equals("Tom Berg")).singleElement()
        .satisfies(e -> assertThat(e.titles()).containsExactly("Sunday Tromso journalist"));
  }

  @Test
  void aNationalityBeforeATitleStillNamesThePlace() {
    ExtractedArticle x = extract("", "Finnish President Karin Lund arrived on Monday.");
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("Finnish");
    assertThat(x.entities()).filteredOn(e -> e.name().equals("Karin Lund")).singleElement()
        .satisfies(e -> assertThat(e.titles()).containsExactly("President of Finland"));
  }

  @Test
  void aDatelineGivesItsPlace() {
    ExtractedArticle x = extract("Harbour Strike Ends", "TROMSO 1997-03-14\n\nDock workers went back on Friday.");
    assertThat(x.entities()).extracting(Entity::name, Entity::type).contains(tuple("TROMSO", EntityType.LOCATION));
  }

  @Test
  void aTitleWordNotFollowedByANameBelongsToTheName() {
    ExtractedArticle x = extract("", "Ferries left Prince's Wharf at noon.");
    assertThat(x.entities()).extracting(Entity::name, Entity::type)
        .containsExactly(tuple("Prince's Wharf", EntityType.LOCATION));
  }

  @Test
  void theNameFindersTypeOutranksAnAreaWordInTheName() {
    ExtractedArticle x = extract("", "Harwick County won 2-1 at home.");
    assertThat(x.entities()).extracting(Entity::name, Entity::type)
        .containsExactly(tuple("Harwick County", EntityType.ORGANIZATION));
  }

  @Test
  void aWordOfOrganisationsInATypedNameDoesNotOverruleTheNameFinder() {
    ExtractedArticle x = extract("", "Fishermen on the Skarvik Bank protested.");
    assertThat(x.entities()).extracting(Entity::name, Entity::type)
        .containsExactly(tuple("Skarvik Bank", EntityType.LOCATION));
  }

  @Test
  void aQualifierThatIsNoNationalityStaysAName() {
    ExtractedArticle x = extract("", "Liberal Senator Karin Lund voted against it.");
    assertThat(x.entities()).extracting(Entity::name, Entity::type)
        .contains(tuple("Liberal", EntityType.OTHER), tuple("Karin Lund", EntityType.PERSON));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Shares of <NHYO> fell 3 percent.",
      "The firm, Nordkapp Shipping Corp, said Corp was the old name.",
      "Net profit was 12 MLN DLRS against 9 MLN DLRS.",
      "QTR NET rose to 4 cts a share.",
      "Sales were 9 MLN DLS in the year.",
      "The results are due in Sept and were delayed on Thursday."})
  void wireServiceNoiseIsNoEntity(String body) {
    assertThat(extract("", body).entities()).extracting(Entity::name)
        .doesNotContain("NHYO", "<NHYO>", "Corp", "MLN DLRS", "MLN DLS", "QTR NET", "Sept", "Thursday");
  }
}
