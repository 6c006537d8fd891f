package org.newsgraph.extract;

import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * What the relation extractor knows of one sentence: its annotations, which tokens are inside
 * quotation marks, which entity each token names, what its pronouns refer to, the quotation
 * that closes in it (or null), and the people the article has named by a title so far ({@code
 * titled}: "prime minister" → Tony Blair, by the title in lower case; a title two people carry maps
 * to null).
 */
record SentenceContext(
    AnnotatedSentence sentence,
    boolean[] inQuote,
    Argument[] entityAt,
    double[] probabilityAt,
    Map<Integer, Argument> pronouns,
    List<Chunk> chunks,
    Quotes.Closed quotation,
    Map<String, Argument> titled) {}
