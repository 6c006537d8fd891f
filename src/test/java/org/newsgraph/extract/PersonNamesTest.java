package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;

/** Names of people without the words around them that say how they are addressed or what they do. */
class PersonNamesTest {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(),
      DictionaryNameTagger.of(
          "U.S. Treasury Secretary Dana Whitlock", "PER", "Prof Imre Szabo", "PER", "Szabo", "PER",
          "Aldric", "PER", "Aldric Fenwick", "PER", "Tomas Fenwick", "PER", "Fenwick", "PER",
          "Baroness Ostrander", "PER", "Harwick Radio Mr Lomax", "ORG", "Tory Petra Lind", "PER",
          "Aled Bishop", "PER", "Treasury", "ORG", "Comedian Rhoda Vance", "PER")));

  private static ExtractedArticle extract(String body) {
    return EXTRACTOR.extract(new Article("test/" + Math.abs(body.hashCode()), null, "", List.of(),
        LocalDate.of(2020, 1, 1), null, "test", null, body, Integer.toHexString(body.hashCode())));
  }

  @Test
  void aQualifiedTitleInsideTheNameFindersSpanBecomesTheTitle() {
    ExtractedArticle x = extract("U.S. Treasury Secretary Dana Whitlock visited the port on Friday.");
    assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Dana Whitlock");
      assertThat(e.titles()).singleElement().asString().contains("Treasury Secretary");
    });
  }

  @Test
  void honorificsAreNotPartOfTheName() {
    ExtractedArticle x = extract("Prof Imre Szabo leads the team. Baroness Ostrander opened the hall.");
    assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
        .containsExactlyInAnyOrder("Imre Szabo", "Ostrander");
  }

  @Test
  void aNameEndsBeforeAnHonorificAndAPartyWordIsNotPartOfAName() {
    ExtractedArticle x = extract("Harwick Radio Mr Lomax said on Friday that Tory Petra Lind would stand.");
    assertThat(x.entities()).extracting(Entity::name, Entity::type).contains(
        org.assertj.core.groups.Tuple.tuple("Harwick Radio", EntityType.ORGANIZATION),
        org.assertj.core.groups.Tuple.tuple("Lomax", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Petra Lind", EntityType.PERSON));
  }

  @Test
  void aWordThatSaysWhatSomeoneIsIsATitleBeforeANameButMayEndOne() {
    ExtractedArticle x = extract("Comedian Rhoda Vance thanked Aled Bishop. The Treasury said nothing.");
    assertThat(x.entities()).extracting(Entity::name).contains("Rhoda Vance", "Aled Bishop", "Treasury");
  }

  @Test
  void aPrinceKeepsHisStyleAndIsNotAnotherManWithHisFirstName() {
    ExtractedArticle x = extract("Aldric Fenwick spoke first. Later Prince Aldric opened the bridge.");
    assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
        .containsExactlyInAnyOrder("Aldric Fenwick", "Prince Aldric");
  }

  @Test
  void mrsFenwickIsNotTheManTheArticleCallsMrFenwick() {
    ExtractedArticle x = extract("Tomas Fenwick won the seat. Mr Fenwick thanked voters. Mrs Fenwick did not attend.");
    assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(2)
        .anySatisfy(e -> {
          assertThat(e.name()).isEqualTo("Tomas Fenwick");
          assertThat(e.mentions()).isEqualTo(2);
        })
        .anySatisfy(e -> assertThat(e.name()).isEqualTo("Fenwick"));
  }
}
