package org.newsgraph.eval.entities;

/**
 * Precision, recall and F1 from counts.
 *
 * @param correct names both found and expected
 * @param found names found
 * @param gold names expected
 */
public record Prf(int correct, int found, int gold) {

  public Prf {
    if (correct < 0 || correct > found || correct > gold) {
      throw new IllegalArgumentException("bad counts " + correct + "/" + found + "/" + gold);
    }
  }

  public double precision() {
    return found == 0 ? 0 : (double) correct / found;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  Prf plus(Prf o) {
    return new Prf(correct + o.correct, found + o.found, gold + o.gold);
  }
}
