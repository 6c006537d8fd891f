package org.newsgraph.eval.identity;

import java.util.List;

/**
 * One system's scores over the same mentions.
 *
 * @param crossDocumentPairs {@link CrossDocumentPairs}
 * @param bCubed {@link BCubed}
 * @param muc {@link Muc}
 */
public record IdentityScores(ClusterScore crossDocumentPairs, ClusterScore bCubed, ClusterScore muc) {

  public static IdentityScores of(List<ScoredMention> mentions) {
    return new IdentityScores(CrossDocumentPairs.score(mentions), BCubed.score(mentions), Muc.score(mentions));
  }
}
