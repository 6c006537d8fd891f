package org.newsgraph.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.coref.PronounCase.Outcome;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.ResolvedMention;
import org.newsgraph.extract.ResolvedPronoun;
import org.newsgraph.extract.SentenceText;
import org.newsgraph.ingest.Article;

/** Scoring a hand-made extraction against a hand-written GUM document. */
class PronounEvaluationTest {

  private static final List<String> LINES = List.of(
      "# newdoc id = GUM_news_test",
      "# text = Anna Berg met Tom Lund.",
      w(1, "Anna", "NNP", 3, "Entity=(1-person-new-x-cf1-1-coref"), w(2, "Berg", "NNP", 1, "Entity=1)"),
      w(3, "met", "VBD", 0, "_"), w(4, "Tom", "NNP", 3, "Entity=(2-person-new-x-cf2-1-coref"),
      w(5, "Lund", "NNP", 4, "Entity=2)|SpaceAfter=No"), w(6, ".", ".", 3, "_"),
      "",
      "# text = She thanked him.",
      w(1, "She", "PRP", 2, "Entity=(1-person-giv-x-cf1-1-coref)"), w(2, "thanked", "VBD", 0, "_"),
      w(3, "him", "PRP", 2, "Entity=(2-person-giv-x-cf2-1-coref)|SpaceAfter=No"), w(4, ".", ".", 2, "_"),
      "",
      "# text = The driver said he left.",
      w(1, "The", "DT", 2, "Entity=(3-person-new-x-cf1-1-coref"), w(2, "driver", "NN", 3, "Entity=3)"),
      w(3, "said", "VBD", 0, "_"), w(4, "he", "PRP", 5, "Entity=(3-person-giv-x-cf1-1-coref)"),
      w(5, "left", "VBD", 3, "SpaceAfter=No"), w(6, ".", ".", 3, "_"),
      "",
      "# text = Berg said she would return.",
      w(1, "Berg", "NNP", 2, "Entity=(1-person-giv-x-cf1-1-coref)"), w(2, "said", "VBD", 0, "_"),
      w(3, "she", "PRP", 5, "Entity=(1-person-giv-x-cf1-1-coref)"), w(4, "would", "MD", 5, "_"),
      w(5, "return", "VB", 2, "SpaceAfter=No"), w(6, ".", ".", 2, "_"),
      "");

  private static String w(int id, String form, String xpos, int head, String misc) {
    return String.join("\t", String.valueOf(id), form, form.toLowerCase(), "X", xpos, "_", String.valueOf(head),
        "dep", "_", misc);
  }

  private final GumDocument doc = GumReader.parse(LINES).get(0);
  private final String analysed = doc.title() + "\n\n" + doc.body();

  @Test
  void scoresOnlyPronounsWhoseChainNamesAPerson() {
    List<PronounCase> cases = PronounEvaluation.score(doc, extraction(), analysed);
    assertThat(cases).extracting(PronounCase::context).containsExactly(
        "[She] thanked him.", "She thanked [him].", "Berg said [she] would return.");
    assertThat(cases).extracting(PronounCase::gold).containsExactly("Anna Berg", "Tom Lund", "Anna Berg");
  }

  @Test
  void pipelineIsCorrectWrongOrUnresolvedByTheChainsNames() {
    List<PronounCase> cases = PronounEvaluation.score(doc, extraction(), analysed);
    assertThat(cases).extracting(c -> c.pipeline().outcome())
        .containsExactly(Outcome.CORRECT, Outcome.WRONG, Outcome.UNRESOLVED);
    assertThat(cases.get(1).pipeline().entity()).isEqualTo("Anna Berg");
    assertThat(cases.get(1).kind()).isEqualTo("wrong: the person is named 1-3 sentences before, a farther person chosen");
    assertThat(cases.get(2).kind()).isEqualTo("unresolved: the person is named in the same sentence");
  }

  @Test
  void baselineTakesTheNearestPersonBefore() {
    List<PronounCase> cases = PronounEvaluation.score(doc, extraction(), analysed);
    assertThat(cases).extracting(c -> c.baseline().outcome())
        .containsExactly(Outcome.WRONG, Outcome.CORRECT, Outcome.CORRECT);
  }

  @Test
  void precisionIsOverResolvedAndRecallOverAllPronouns() {
    PronounScores scores = new PronounScores(PronounEvaluation.score(doc, extraction(), analysed));
    assertThat(scores.pipeline().precision()).isEqualTo(0.5);
    assertThat(scores.pipeline().recall()).isEqualTo(1.0 / 3);
    assertThat(scores.baseline().precision()).isEqualTo(2.0 / 3);
    assertThat(scores.baseline().recall()).isEqualTo(2.0 / 3);
    assertThat(scores.errorKinds()).hasSize(2);
  }

  /** Anna Berg and Tom Lund found; "She" resolved to Anna, "him" to Anna too, the driver's "he" to Tom. */
  private ExtractedArticle extraction() {
    Entity anna = new Entity("person:anna berg", "Anna Berg", EntityType.PERSON, List.of("Berg"), List.of(), 2);
    Entity tom = new Entity("person:tom lund", "Tom Lund", EntityType.PERSON, List.of(), List.of(), 1);
    List<SentenceText> sentences = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < doc.sentences().size(); i++) {
      String text = doc.sentence(i).text();
      int at = analysed.indexOf(text, from);
      sentences.add(new SentenceText(i, at, at + text.length(), text));
      from = at + text.length();
    }
    List<ResolvedMention> mentions = List.of(
        mention(sentences.get(0), "Anna Berg", anna), mention(sentences.get(0), "Tom Lund", tom),
        mention(sentences.get(3), "Berg", anna));
    List<ResolvedPronoun> pronouns = List.of(
        pronoun(sentences.get(1), "She", anna), pronoun(sentences.get(1), "him", anna),
        pronoun(sentences.get(2), "he", tom));
    Article article = new Article("test/gum", null, doc.title(), List.of(), LocalDate.of(2020, 1, 1), null, "test",
        null, doc.body(), "0");
    return new ExtractedArticle(article, sentences, List.of(anna, tom), mentions, List.of(), List.of(), pronouns);
  }

  private static ResolvedMention mention(SentenceText s, String name, Entity e) {
    int at = s.start() + s.text().indexOf(name);
    return new ResolvedMention(new Mention(s.index(), 0, 1, name, e.type(), 1, null, null, at, at + name.length()),
        e.key());
  }

  private static ResolvedPronoun pronoun(SentenceText s, String word, Entity e) {
    int at = s.start() + s.text().indexOf(word);
    return new ResolvedPronoun(s.index(), 0, word, at, at + word.length(), e.key());
  }
}
