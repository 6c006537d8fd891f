/**
 * Cross-article entity identity measured on ECB+: its documents rebuilt as articles, its gold
 * name mentions aligned with the graph's mentions, and the graph's entities scored against the
 * gold chains (cross-document pairs, B-cubed, MUC) beside two surface baselines. Also the graph
 * audit of identity problems that {@code stats entities} prints ({@link org.newsgraph.eval.identity.IdentityAudit}).
 *
 * <p>Knows nothing of Neo4j: the graph comes in as plain records, read by the commands in {@code app}.
 */
package org.newsgraph.eval.identity;
