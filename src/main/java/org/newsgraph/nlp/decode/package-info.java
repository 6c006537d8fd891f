/**
 * Decoders for OpenNLP's sequence taggers that find what OpenNLP's {@code BeamSearch} finds, in
 * less time. They implement OpenNLP's {@code SequenceClassificationModel} and use the tools' own
 * context generators and validators. They evaluate a model with its {@code MaxentModel.eval},
 * except that the beam evaluates GIS and perceptron models itself ({@code ModelTable}: their
 * parameter tables from {@code AbstractModel.getDataStructures}, the GIS prior read by
 * reflection, and OpenNLP 2.5.4's arithmetic) so that a token's contexts share their look-ups.
 * Taggers that know their features' structure pass their own {@code BeamDecoder.TokenScores}
 * (the chunker, the POS tagger, and the name finder through {@code ModelTable}).
 */
package org.newsgraph.nlp.decode;
