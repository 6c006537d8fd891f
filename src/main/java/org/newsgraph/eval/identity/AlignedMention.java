package org.newsgraph.eval.identity;

/**
 * A gold name mention and the graph mention that covers its head.
 *
 * @param gold the gold mention
 * @param goldText the gold mention as printed in the article
 * @param graph the graph's mention
 */
public record AlignedMention(GoldMention gold, String goldText, GraphMention graph) {}
