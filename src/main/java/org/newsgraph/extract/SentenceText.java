package org.newsgraph.extract;

/** A sentence of an article: its index, character offsets in the analysed text, and text. */
public record SentenceText(int index, int start, int end, String text) {}
