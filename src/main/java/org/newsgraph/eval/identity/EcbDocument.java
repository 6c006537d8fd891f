package org.newsgraph.eval.identity;

import java.util.List;

/**
 * One ECB+ document: its gold sentences in order.
 *
 * @param id ECB+ document id, topic first: "12_3ecbplus"
 * @param sentences its gold sentences, by sentence id
 */
public record EcbDocument(String id, List<EcbSentence> sentences) {

  public EcbDocument {
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("document " + id + " has no sentences");
    }
  }

  /** The ECB+ topic (a news event and the articles about it): the number before the underscore. */
  public int topic() {
    return topicOf(id);
  }

  /** The topic of a document id. */
  public static int topicOf(String documentId) {
    int cut = documentId.indexOf('_');
    if (cut <= 0) {
      throw new IllegalArgumentException("not an ECB+ document id: " + documentId);
    }
    return Integer.parseInt(documentId.substring(0, cut));
  }

  public EcbSentence sentence(int sentenceId) {
    for (EcbSentence s : sentences) {
      if (s.id() == sentenceId) {
        return s;
      }
    }
    throw new IllegalArgumentException("document " + id + " has no sentence " + sentenceId);
  }
}
