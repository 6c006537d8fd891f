/**
 * Decoders for OpenNLP's sequence taggers that find what OpenNLP's {@code BeamSearch} finds, in
 * less time. They implement OpenNLP's {@code SequenceClassificationModel} and use the tools' own
 * context generators and validators. They evaluate a model with its {@code MaxentModel.eval},
 * except that the beam evaluates GIS and perceptron models itself ({@code ModelTable}: their
 * parameter tables from {@code AbstractModel.getDataStructures}, the GIS prior read by
 * reflection, and OpenNLP 2.5.4's arithmetic) so that a token's contexts share their look-ups.
 * Callers that know their model's features can instead hand the decoders a
 * {@link org.newsgraph.nlp.decode.BeamDecoder.TokenScores} giving each token's probabilities (the
 * chunker's and POS tagger's feature tables in {@code org.newsgraph.nlp}, the shipped name
 * finder's {@code NameScores}, which uses {@code ModelTable}'s arithmetic).
 */
package org.newsgraph.nlp.decode;
