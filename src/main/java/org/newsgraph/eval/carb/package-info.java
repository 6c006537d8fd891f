/**
 * CaRB, the crowdsourced Open IE benchmark: readers for its gold and system formats, a writer for
 * the tabbed system format, and a scorer that follows the official CaRB scoring (lenient tuple
 * match, one operating point per confidence, optimal F1 and area under the precision/recall
 * curve), written from {@code shared/eval/carb/SCORING.md}.
 *
 * <p>Knows nothing of OpenNLP or Neo4j: an extractor is scored through {@link
 * org.newsgraph.eval.carb.CarbExtraction} records.
 */
package org.newsgraph.eval.carb;
