package org.newsgraph.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.ner.ConllReader;

class ConllDocumentTest {

  private static List<ConllDocument> documents() throws Exception {
    return ConllDocument.of(ConllReader.read(
        Path.of(ConllDocumentTest.class.getResource("three-documents.conll").toURI())));
  }

  @Test
  void rebuildsEachDocumentAsTitleThenOneSentencePerParagraph() throws Exception {
    List<ConllDocument> docs = documents();
    assertThat(docs).hasSize(3);
    assertThat(docs.get(1).articleText()).isEqualTo("Rain delays play in Kingston.\n\nKINGSTON 1997-03-15\n\n"
        + "Rain stopped the match between Jamaica and Trinidad at Sabina Park on Saturday, officials of the"
        + " Caribbean Cricket League said.\n");
  }

  @Test
  void goldNamesAreWrittenAsInTheText() throws Exception {
    assertThat(documents().get(2).goldNames()).extracting(TypedSurface::text).containsExactly(
        "Geneva", "Chile", "Peru", "World Trade Organisation", "WTO", "Ana Rojas");
  }
}
