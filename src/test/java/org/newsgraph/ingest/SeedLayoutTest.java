package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article and other articles saved in the same page-as-text layout. */
class SeedLayoutTest {

  private static final Path SEED = Path.of("seeds", "000_8a5643e855388fe7.txt");

  @Test
  void seedArticleSplitsIntoItsParts() {
    List<Article> articles = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    ReadSummary summary = new ArticleReader(Path.of("")).read(List.of(SEED), articles::add, problems::add);

    assertThat(problems).isEmpty();
    assertThat(summary).isEqualTo(new ReadSummary(1, 1, 0));
    Article seed = articles.get(0);
    assertThat(seed.id()).isEqualTo("seeds/000_8a5643e855388fe7.txt");
    assertThat(seed.url()).isNull();
    assertThat(seed.title()).isEqualTo("Putin Praises Trump for Progress With North Korea");
    assertThat(seed.authors()).containsExactly("Petr Svab");
    assertThat(seed.published()).isEqualTo(LocalDate.of(2018, 7, 16));
    assertThat(seed.updated()).isEqualTo(LocalDate.of(2018, 10, 5));
    assertThat(seed.caption())
        .startsWith("President Donald Trump and Russian President Vladimir Putin hold")
        .endsWith("(Samira Bouaou/The Epoch Times)");
    assertThat(seed.body())
        .startsWith("Russian President Vladimir Putin complimented U.S. President Donald Trump")
        .doesNotContain("Watch Next", "Samira Bouaou", "Petr Svab", "Updated:", "7/16/2018")
        .endsWith("Epoch Times staff member Annie Wu contributed to this report.");
    assertThat(seed.body()).contains("\n\nTrump said Putin agreed to help with North Korea.\n\n");
    assertThat(seed.sha256()).hasSize(64).isLowerCase();
  }

  @Test
  void sameLayoutWithOtherNamesDatesAndByPrefix(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("harbour.txt");
    Files.writeString(file, """
        Harbour Reopens After Storm Repairs

        Harbour Reopens After Storm Repairs
        Fishing boats return to the inner harbour of Port Ellen on a calm morning. (Mairi Campbell/Island Press)
        By Angus MacLeod and Fiona Reid
        March 3, 2021
        Updated: 4 March 2021

        The harbour at Port Ellen reopened on Wednesday after four months of repairs.

        Harbourmaster Ewan Lamont said the new breakwater had already proved itself.
        Read more: Island ferries return to full timetable
        Share this article
        """);

    Article a = readOne(dir, file);

    assertThat(a.id()).isEqualTo("harbour.txt");
    assertThat(a.title()).isEqualTo("Harbour Reopens After Storm Repairs");
    assertThat(a.authors()).containsExactly("Angus MacLeod", "Fiona Reid");
    assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 3));
    assertThat(a.updated()).isEqualTo(LocalDate.of(2021, 3, 4));
    assertThat(a.caption()).endsWith("(Mairi Campbell/Island Press)");
    assertThat(a.body()).isEqualTo("""
        The harbour at Port Ellen reopened on Wednesday after four months of repairs.

        Harbourmaster Ewan Lamont said the new breakwater had already proved itself.""");
  }

  @Test
  void plainTextWithoutHeaderIsTitleThenBody(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("note.txt");
    Files.writeString(file, "\n\n  Council Approves New Library  \r\nThe council voted 7-2 on Monday.\r\n\r\n\r\nBuilding starts in May.\r\n");

    Article a = readOne(dir, file);

    assertThat(a.title()).isEqualTo("Council Approves New Library");
    assertThat(a.authors()).isEmpty();
    assertThat(a.published()).isNull();
    assertThat(a.caption()).isNull();
    assertThat(a.body()).isEqualTo("The council voted 7-2 on Monday.\n\nBuilding starts in May.");
  }

  @Test
  void bylineWithoutDateDirectlyUnderTitle(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("byline.txt");
    Files.writeString(file, "Rail Strike Called Off\n\nBy Maria Lopez\n\nUnions and operators reached a deal late on Sunday.\n");

    Article a = readOne(dir, file);

    assertThat(a.authors()).containsExactly("Maria Lopez");
    assertThat(a.body()).isEqualTo("Unions and operators reached a deal late on Sunday.");
  }

  @Test
  void updatedDateOnNextLineAndIsoDates(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("iso.txt");
    Files.writeString(file, "Grain Prices Fall\nKofi Mensah\n2019-11-02\nUpdated:\n2019-11-05T08:30:00Z\nPrices fell 3 percent.\n");

    Article a = readOne(dir, file);

    assertThat(a.authors()).containsExactly("Kofi Mensah");
    assertThat(a.published()).isEqualTo(LocalDate.of(2019, 11, 2));
    assertThat(a.updated()).isEqualTo(LocalDate.of(2019, 11, 5));
    assertThat(a.body()).isEqualTo("Prices fell 3 percent.");
  }

  @Test
  void aLineThatOnlyLooksLikeANameStaysInTheBodyWhenNoDateFollows(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("short.txt");
    Files.writeString(file, "Weather\n\nSunny Skies Ahead\nTemperatures will rise this week.\n");

    Article a = readOne(dir, file);

    assertThat(a.authors()).isEmpty();
    assertThat(a.body()).isEqualTo("Sunny Skies Ahead\nTemperatures will rise this week.");
  }

  static Article readOne(Path workingDir, Path file) {
    List<Article> articles = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    new ArticleReader(workingDir).read(List.of(file), articles::add, problems::add);
    assertThat(problems).isEmpty();
    assertThat(articles).hasSize(1);
    return articles.get(0);
  }
}
