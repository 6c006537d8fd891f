/**
 * Pronoun resolution within an article, measured on GUM's news documents: each CoNLL-U document
 * rebuilt as an article, its gold coreference chains read from the MISC column, and the entity
 * the extractor resolved each "he", "she", "him" and "her" to scored against the chain the
 * pronoun belongs to, beside a nearest-preceding-person baseline.
 *
 * <p>Knows the extractor's records, nothing of Neo4j or the CLI.
 */
package org.newsgraph.eval.coref;
