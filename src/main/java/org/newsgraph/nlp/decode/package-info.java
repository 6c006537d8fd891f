/**
 * Decoders for OpenNLP's sequence taggers that find what OpenNLP's {@code BeamSearch} finds, in
 * less time. They implement OpenNLP's {@code SequenceClassificationModel} and use only its public
 * model API ({@code MaxentModel.eval}) and the tools' own context generators and validators.
 */
package org.newsgraph.nlp.decode;
