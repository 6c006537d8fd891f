package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleExtractor;

class ExtractionPreloadingTest {

  @Test
  void startsLoadingBeforeAnyoneAsksAndBuildsOnce() throws Exception {
    AtomicInteger built = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    ArticleExtractor extractor = new ArticleExtractor(null);
    Supplier<ArticleExtractor> preloaded = Extraction.preloading(() -> {
      started.countDown();
      built.incrementAndGet();
      return extractor;
    });
    assertTrue(started.await(10, TimeUnit.SECONDS), "the models start loading without a call to get()");
    assertSame(extractor, preloaded.get());
    assertSame(extractor, preloaded.get());
    assertEquals(1, built.get());
  }

  @Test
  void aFailureToLoadIsThrownFromGet() {
    Supplier<ArticleExtractor> preloaded = Extraction.preloading(() -> {
      throw new IllegalStateException("model file missing");
    });
    IllegalStateException thrown = assertThrows(IllegalStateException.class, preloaded::get);
    assertEquals("model file missing", thrown.getMessage());
    assertThrows(IllegalStateException.class, preloaded::get, "and again on the next call");
  }
}
