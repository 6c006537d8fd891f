package org.newsgraph.nlp.decode;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.Prior;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * A maxent or perceptron model's evaluation split in two: looking its features' parameters up,
 * then adding them up and normalising. A caller that evaluates several contexts sharing features
 * can then look each shared feature up once. The probabilities are those of the model's own
 * {@code eval}, bit for bit: the same parameters are summed in the same order by the same
 * {@link ArrayMath#sumFeatures}, and normalised by the same arithmetic as OpenNLP 2.5.4's
 * {@link GISModel} (its prior, then {@code StrictMath.exp} of each sum divided by their total) and
 * {@link PerceptronModel} (sums from zero, divided by the largest absolute sum if above one, then
 * the same). Tests compare the two on the shipped models.
 *
 * <p>Thread-safe: immutable views of the model's own tables.
 */
public final class ModelTable {

  /** Where OpenNLP keeps a model's prior: not exposed otherwise. Null when it cannot be read. */
  private static final Field PRIOR = priorField();

  private final Map<String, Context> parameters;
  private final Prior prior; // null for a perceptron
  private final int outcomes;

  /** The parameters of one context's features, in the context's order (null for an unknown feature). */
  record Lookup(String[] features, Context[] parameters) {}

  private ModelTable(Map<String, Context> parameters, Prior prior, int outcomes) {
    this.parameters = parameters;
    this.prior = prior;
    this.outcomes = outcomes;
  }

  /** The table of a GIS or perceptron model; null for other models, which only their own eval can evaluate. */
  @SuppressWarnings("unchecked")
  public static ModelTable of(MaxentModel model) {
    boolean perceptron = model.getClass() == PerceptronModel.class;
    if (!perceptron && model.getClass() != GISModel.class) {
      return null;
    }
    Prior prior = null;
    if (!perceptron) {
      prior = prior((AbstractModel) model);
      if (prior == null) {
        return null;
      }
    }
    Object[] data = ((AbstractModel) model).getDataStructures();
    return new ModelTable((Map<String, Context>) data[1], prior, model.getNumOutcomes());
  }

  /**
   * Looks up the parameters of each feature of {@code context}, taking them from {@code known} where
   * the feature at the same position is the same string (null {@code known}: look every feature up).
   */
  Lookup lookUp(String[] context, Lookup known) {
    Context[] found = new Context[context.length];
    int shared = known == null ? 0 : Math.min(context.length, known.features().length);
    for (int i = 0; i < context.length; i++) {
      String feature = context[i];
      if (i < shared) {
        String knownFeature = known.features()[i];
        if (feature == knownFeature || feature.equals(knownFeature)) {
          found[i] = known.parameters()[i];
          continue;
        }
      }
      found[i] = parameters.get(feature);
    }
    return new Lookup(context, found);
  }

  /** The parameters of one feature; null when the model does not know it. */
  public Context parameters(String feature) {
    return parameters.get(feature);
  }

  /** Fills {@code out} with the probability of each outcome for the looked-up context, as the model's eval would. */
  void probabilities(Lookup lookup, double[] out) {
    probabilities(lookup.parameters(), out);
  }

  /**
   * Fills {@code out} with the probability of each outcome for a context whose features have
   * {@code features} as parameters (in the context's order; null for a feature the model does not
   * know), as the model's eval of that context would.
   */
  public void probabilities(Context[] features, double[] out) {
    if (prior == null) {
      Arrays.fill(out, 0);
      ArrayMath.sumFeatures(features, null, out);
      double largest = 1;
      for (int o = 0; o < outcomes; o++) {
        if (largest < StrictMath.abs(out[o])) {
          largest = StrictMath.abs(out[o]);
        }
      }
      double total = 0;
      for (int o = 0; o < outcomes; o++) {
        out[o] = StrictMath.exp(out[o] / largest);
        total += out[o];
      }
      for (int o = 0; o < outcomes; o++) {
        out[o] /= total;
      }
    } else {
      prior.logPrior(out, features, null);
      ArrayMath.sumFeatures(features, null, out);
      double total = 0;
      for (int o = 0; o < outcomes; o++) {
        out[o] = StrictMath.exp(out[o]);
        total += out[o];
      }
      for (int o = 0; o < outcomes; o++) {
        out[o] /= total;
      }
    }
  }

  private static Prior prior(AbstractModel model) {
    try {
      return PRIOR == null ? null : (Prior) PRIOR.get(model);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  private static Field priorField() {
    try {
      Field f = AbstractModel.class.getDeclaredField("prior");
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // a named opennlp module, or another version: GIS models fall back to their eval
    }
  }
}
