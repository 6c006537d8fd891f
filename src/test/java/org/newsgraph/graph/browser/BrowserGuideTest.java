package org.newsgraph.graph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.graph.NamedQueries;

/** The guide is made from cypher/explore.cypher: every named query is in it, as Browser reads it. */
class BrowserGuideTest {

  static List<NamedQueries.Query> namedQueries() {
    return NamedQueries.loadDefault().all();
  }

  private static Document guide() {
    return Jsoup.parse(BrowserGuide.html());
  }

  @ParameterizedTest
  @MethodSource("namedQueries")
  void everyNamedQueryIsARunnableBlockWithItsDescription(NamedQueries.Query query) {
    Element block = guide().selectFirst("slide pre.runnable[data-query=" + query.name() + "]");
    assertThat(block).as(query.name()).isNotNull();
    // Browser runs the block's text, so the text must be the statement exactly.
    assertThat(block.wholeText().strip()).isEqualTo(query.cypher());
    assertThat(block.parent().select("p").eachText()).contains(query.description());
  }

  @Test
  void theFirstPageHoldsTheFirstTwoQueriesAndTheyArePictures() {
    Element first = guide().selectFirst("slide");
    List<String> names = first.select("pre.runnable[data-query]").eachAttr("data-query");
    assertThat(names).containsExactly(namedQueries().get(0).name(), namedQueries().get(1).name());
    for (NamedQueries.Query q : namedQueries().subList(0, 2)) {
      assertThat(q.cypher()).as(q.name()).containsPattern("RETURN \\w+, \\w+, \\w+");
    }
  }

  @Test
  void theGuideHasATitleSlidesAndTheGraphModel() {
    Document guide = guide();
    assertThat(guide.title()).isEqualTo("NewsGraph");
    assertThat(guide.select("slide").size()).isGreaterThanOrEqualTo(3);
    assertThat(guide.select("slide svg text").eachText()).contains("Article", "Sentence", "Entity", "Concept", "Quote");
    assertThat(guide.select("script")).isEmpty();
  }

  @Test
  void aQueryWithParametersComesWithAnExampleToSetThem() {
    NamedQueries.Query paths = NamedQueries.loadDefault().get("paths");
    Element block = guide().selectFirst("pre.runnable[data-query=paths]");
    assertThat(block.previousElementSibling().text()).isEqualTo(":params {from: 'Donald Trump', to: 'Kim Jong Un'}");
    assertThat(BrowserGuide.parameters(paths.cypher())).containsExactly("from", "to");
  }

  @Test
  void aTemplateWithoutTheMarksIsRefused() {
    assertThatThrownBy(() -> BrowserGuide.render("<html></html>", namedQueries()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStyleHasARuleForEveryLabelOfTheGraphModelAndNoComments() {
    String grass = BrowserGuide.resource(BrowserGuideFiles.STYLE_RESOURCE);
    for (String label : List.of("Entity", "Person", "Organization", "Location", "Other", "Concept", "Quote", "Article",
        "Sentence")) {
      assertThat(grass).contains("node." + label + " {");
    }
    assertThat(grass).contains("caption: \"{name}\"").contains("caption: \"<type>\"");
    // Browser's style parser knows no comments: a comment would become part of a selector.
    assertThat(grass).doesNotContain("/*").doesNotContain("//");
  }
}
