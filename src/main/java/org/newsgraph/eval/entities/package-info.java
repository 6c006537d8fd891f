/**
 * End-to-end entity quality: CoNLL-2003 documents rebuilt as raw articles, and a document-level
 * score of the names an extractor finds in them against the gold names of each document.
 *
 * <p>Knows nothing of OpenNLP, the article pipeline or Neo4j: what was found in a document comes
 * in as {@link org.newsgraph.eval.entities.TypedSurface} records, so the pipeline and the name
 * finder on the gold tokens are scored by the same code.
 */
package org.newsgraph.eval.entities;
