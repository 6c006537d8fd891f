package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarkdownArticleTest {

  @Test
  void frontMatterAndMarkupRemoval() throws Exception {
    String md = """
        ---
        title: "Dam Project Wins Approval"
        author: [Lena Kowalski, "Tom Hughes"]
        date: 2020-05-14
        url: https://example.org/news/dam-project
        source: Example Times
        ---

        # Dam Project Wins Approval

        ![The valley](img/valley.jpg)

        The **regional council** approved the [Tarn Valley dam](https://example.org/tarn) on *Thursday*.

        ## Reactions

        > Farmers welcomed the decision, said `Greta Lind`.

        - Construction starts in 2021.
        - It will cost \\*about\\* 40 million euros.

        ```
        var ignored = true;
        ```

        [ref]: https://example.org/ref
        """;

    Article a = TextArticles.fromMarkdown("news/dam.md", md, "0".repeat(64));

    assertThat(a.id()).isEqualTo("https://example.org/news/dam-project");
    assertThat(a.url()).isEqualTo("https://example.org/news/dam-project");
    assertThat(a.source()).isEqualTo("Example Times");
    assertThat(a.title()).isEqualTo("Dam Project Wins Approval");
    assertThat(a.authors()).containsExactly("Lena Kowalski", "Tom Hughes");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 5, 14));
    assertThat(a.body()).isEqualTo("""
        The regional council approved the Tarn Valley dam on Thursday.

        Reactions

        Farmers welcomed the decision, said Greta Lind.

        Construction starts in 2021.
        It will cost *about* 40 million euros.""");
  }

  @Test
  void headingTitleAndBylineInTheTextWithoutFrontMatter() throws Exception {
    String md = "# Library Opens Late\n\n*By Sam Okafor*\n\nJune 2, 2022\n\nThe snake_case word and __strong__ text stay readable.\n";

    Article a = TextArticles.fromMarkdown("late.md", md, "0".repeat(64));

    assertThat(a.id()).isEqualTo("late.md");
    assertThat(a.title()).isEqualTo("Library Opens Late");
    assertThat(a.authors()).containsExactly("Sam Okafor");
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 6, 2));
    assertThat(a.body()).isEqualTo("The snake_case word and strong text stay readable.");
  }

  @Test
  void setextHeadingIsTheTitle() throws Exception {
    Article a = TextArticles.fromMarkdown("s.md", "Bridge Closed\n=============\n\nThe bridge is closed.\n", "0".repeat(64));

    assertThat(a.title()).isEqualTo("Bridge Closed");
    assertThat(a.body()).isEqualTo("The bridge is closed.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "see [the report](http://x.org/r \"Report\") now | see the report now",
      "![chart](c.png) Sales rose | Sales rose",
      "a <b>bold</b> move | a bold move",
      "visit <https://example.org> | visit https://example.org",
      "~~old~~ new | old new",
      "use the [linked][1] note | use the linked note",
  })
  void inlineMarkup(String markdown, String plain) {
    assertThat(MarkdownText.inline(markdown)).isEqualTo(plain);
  }

  @Test
  void onlyFrontMatterIsAProblem() {
    assertThatThrownBy(() -> TextArticles.fromMarkdown("x.md", "---\ntitle: Nothing here\n---\n", "0".repeat(64)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no body text");
  }
}
