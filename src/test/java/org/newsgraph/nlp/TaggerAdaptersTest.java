package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The POS tagger and chunker adapters against OpenNLP's own tools, on the shipped models. */
class TaggerAdaptersTest {

  private static NlpModels models;

  @BeforeAll
  static void load() {
    models = NlpModels.loadDefault();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Trump met with North Korean leader Kim Jong Un in Singapore on June 12 .",
      "The central bank , which raised rates twice last year , said on Tuesday that inflation had peaked .",
      "Shares in UK pharmaceutical firm Phytopharm closed down 19.84 % at 151.5 pence .",
      "Putin praises Trump for progress",
      "`` We will not back down , '' she told reporters after the vote .",
      "He has since signed over his shareholding to one of his fellow investors .",
  })
  void tagAndChunkAsOpenNlpDoes(String sentence) {
    String[] tokens = sentence.split(" ");
    POSTaggerME referenceTagger = new POSTaggerME(models.pos(), POSTagFormat.PENN);
    String[] expectedTags = referenceTagger.tag(tokens);
    Sequence[] expectedTop = referenceTagger.topKSequences(tokens);
    String[] expectedChunks = new ChunkerME(models.chunks()).chunk(tokens, expectedTags);
    PosTagger tagger = new PosTagger(models.pos());

    String[] tags = tagger.tag(tokens);
    Sequence[] top = tagger.topKSequences(tokens);
    String[] chunks = new Chunker(models.chunks()).chunk(tokens, tags);

    assertThat(tags).containsExactly(expectedTags);
    assertThat(top).hasSameSizeAs(expectedTop);
    for (int k = 0; k < top.length; k++) {
      assertThat(top[k].getOutcomes()).isEqualTo(expectedTop[k].getOutcomes());
      assertThat(top[k].getScore()).isEqualTo(expectedTop[k].getScore());
    }
    assertThat(chunks).containsExactly(expectedChunks);
  }
}
