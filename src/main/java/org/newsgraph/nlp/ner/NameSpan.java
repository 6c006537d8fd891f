package org.newsgraph.nlp.ner;

/** A name found in a sentence: tokens [start, end), type PER, LOC, ORG or MISC. */
public record NameSpan(int start, int end, String type, double probability) {}
