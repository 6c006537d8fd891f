package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpPipeline;

/** Which person a pronoun is resolved to, one rule at a time, through the whole extractor. */
class CoreferenceTest {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new NlpPipeline(NlpModels.loadDefault(),
      DictionaryNameTagger.of("Clara Holt", "PER", "Holt", "PER", "Ivan Petrov", "PER", "Petrov", "PER",
          "Maria Lopez", "PER", "Pedro Ruiz", "PER", "Vienna", "LOC")));

  /** The names the article's pronouns were resolved to, in order ("-" for one left alone). */
  private static List<String> resolved(String body, String... pronouns) {
    ExtractedArticle x = EXTRACTOR.extract(Fixtures.article("", body));
    List<String> out = new ArrayList<>();
    int from = 0;
    String text = ArticleExtractor.analysedText(x.article());
    for (String p : pronouns) {
      int at = text.indexOf(p, from);
      from = at + p.length();
      String name = x.pronouns().stream().filter(r -> r.charStart() == at).findFirst()
          .flatMap(r -> x.entities().stream().filter(e -> e.key().equals(r.entityKey())).findFirst())
          .map(Entity::name).orElse("-");
      out.add(name);
    }
    return out;
  }

  @Test
  void honorificGivesTheGender() {
    assertThat(resolved("Mr Ivan Petrov met Mrs Clara Holt in Vienna. She praised the plan.", "She"))
        .containsExactly("Clara Holt");
  }

  @Test
  void aGivenNameGivesTheGender() {
    assertThat(resolved("Pedro Ruiz met Maria Lopez in Vienna. She praised the plan.", "She"))
        .containsExactly("Maria Lopez");
  }

  @Test
  void anEarlierPronounGivesTheGender() {
    assertThat(resolved("Ivan Petrov arrived in Vienna. He met Clara Holt on Monday. She praised the plan.",
        "He", "She")).containsExactly("Ivan Petrov", "Clara Holt");
  }

  @Test
  void subjectBeforeANearerNameInAPrepositionalPhrase() {
    assertThat(resolved("Clara Holt spoke with Ivan Petrov before she left.", "she")).containsExactly("Clara Holt");
    assertThat(resolved("Clara Holt spoke with Ivan Petrov in Vienna. Later she left.", "she"))
        .containsExactly("Clara Holt");
  }

  @Test
  void aNameThatQualifiesANounIsNoOneAPronounStandsFor() {
    assertThat(resolved("Clara Holt arrived in Vienna. The new Petrov aides met her as she spoke.", "she"))
        .containsExactly("Clara Holt");
  }

  @Test
  void pronounAfterSaidIsWhoSaidIt() {
    assertThat(resolved("Ivan Petrov, whom Clara Holt trusts, said he would sign.", "he"))
        .containsExactly("Ivan Petrov");
  }

  @Test
  void himOrHerIsNotTheSubjectOfItsOwnVerb() {
    assertThat(resolved("Clara Holt said Ivan Petrov would thank her.", "her")).containsExactly("Clara Holt");
  }

  @Test
  void pronounInAQuotationIsNotItsSpeaker() {
    assertThat(resolved("Clara Holt praised Maria Lopez. \u201cShe trained hard,\u201d Holt said.", "She"))
        .containsExactly("Maria Lopez");
  }

  @Test
  void quotationThatGoesOnIsStillNotTheSpeakers() {
    assertThat(resolved("\u201cMaria Lopez trained hard,\u201d Clara Holt said. \u201cShe never gave up.\u201d", "She"))
        .containsExactly("Maria Lopez");
  }

  @Test
  void severalPeopleAndNoSubjectAmongThemLeaveThePronounAlone() {
    assertThat(resolved("The award went to Ivan Petrov and Pedro Ruiz. He thanked the jury.", "He"))
        .containsExactly("-");
  }
}
