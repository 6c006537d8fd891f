package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;

class ParallelExtractionTest {

  private static Article article(int i) {
    return new Article("a" + i, null, "T" + i, List.of(), LocalDate.of(2020, 1, 1), null, "test", null, "Body " + i, "h" + i);
  }

  @Test
  void resultsArriveInInputOrderWhateverTheThreads() {
    List<String> seen = new ArrayList<>();
    try (var pool = new ParallelExtraction<String>(3, 4, a -> a.id().toUpperCase(), r -> seen.add(r.value()))) {
      for (int i = 0; i < 50; i++) {
        pool.submit(article(i));
      }
      pool.finish();
    }
    assertThat(seen).hasSize(50).startsWith("A0", "A1", "A2").endsWith("A49");
  }

  @Test
  void aConsumerThatFailsInItsLastStepFailsTheRunInsteadOfHangingIt() {
    ParallelExtraction.Consumer<String> failingAtTheEnd = new ParallelExtraction.Consumer<>() {
      @Override
      public void accept(ParallelExtraction.Result<String> result) {}

      @Override
      public void finish() {
        throw new IllegalStateException("the last batch could not be written");
      }
    };
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      try (var pool = new ParallelExtraction<String>(2, 4, Article::id, failingAtTheEnd)) {
        pool.submit(article(1));
        assertThatThrownBy(pool::finish).hasMessage("the last batch could not be written");
      }
    });
  }

  @Test
  void aConsumerThatFailsMidwayFailsTheSubmitterWithoutBlockingIt() {
    ParallelExtraction.Consumer<String> failingAtTheThird = r -> {
      if (r.article().id().equals("a2")) {
        throw new IllegalStateException("cannot write a2");
      }
    };
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      try (var pool = new ParallelExtraction<String>(2, 2, Article::id, failingAtTheThird)) {
        assertThatThrownBy(() -> {
          for (int i = 0; i < 20; i++) {
            pool.submit(article(i));
          }
          pool.finish();
        }).hasMessage("cannot write a2");
      }
    });
  }
}
