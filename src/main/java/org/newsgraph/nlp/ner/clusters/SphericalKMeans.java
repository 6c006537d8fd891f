package org.newsgraph.nlp.ner.clusters;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * k-means on the unit sphere (cosine similarity) over the rows of a {@link ContextMatrix}, seeded
 * by k-means++ from a fixed seed. Each row's assignment is computed on its own, so running the
 * rows in parallel gives the same clusters as running them in order.
 */
final class SphericalKMeans {

  private final ContextMatrix matrix;
  private final int k;
  private final int iterations;
  private final long seed;

  SphericalKMeans(ContextMatrix matrix, int k, int iterations, long seed) {
    this.matrix = matrix;
    this.k = k;
    this.iterations = iterations;
    this.seed = seed;
  }

  /** Each row's cluster, numbered in the order of each cluster's first row. */
  int[] run() {
    float[] centres = seeds();
    int[] assignment = new int[matrix.rows];
    for (int iteration = 0; iteration < iterations; iteration++) {
      float[] current = centres;
      IntStream.range(0, matrix.rows).parallel().forEach(r -> assignment[r] = nearest(r, current));
      centres = means(assignment, centres);
    }
    float[] last = centres;
    IntStream.range(0, matrix.rows).parallel().forEach(r -> assignment[r] = nearest(r, last));
    return renumber(assignment);
  }

  private int nearest(int row, float[] centres) {
    float[] similarity = new float[k];
    matrix.dotAll(row, centres, k, similarity);
    int best = 0;
    for (int j = 1; j < k; j++) {
      if (similarity[j] > similarity[best]) {
        best = j;
      }
    }
    return best;
  }

  /** k-means++: each next seed is a row drawn with weight 1 - its best cosine to the seeds so far. */
  private float[] seeds() {
    Random random = new Random(seed);
    int rows = matrix.rows;
    double[] distance = new double[rows];
    Arrays.fill(distance, 1.0);
    float[] centres = new float[matrix.columns * k];
    for (int j = 0; j < k; j++) {
      int chosen = draw(distance, random);
      float[] dense = new float[matrix.columns];
      for (int e = matrix.start[chosen]; e < matrix.start[chosen + 1]; e++) {
        centres[matrix.column[e] * k + j] = matrix.value[e];
        dense[matrix.column[e]] = matrix.value[e];
      }
      IntStream.range(0, rows).parallel()
          .forEach(r -> distance[r] = Math.min(distance[r], Math.max(0, 1 - matrix.dot(r, dense))));
    }
    return centres;
  }

  private static int draw(double[] weight, Random random) {
    double total = 0;
    for (double w : weight) {
      total += w;
    }
    double target = random.nextDouble() * total;
    for (int r = 0; r < weight.length; r++) {
      target -= weight[r];
      if (target < 0 && weight[r] > 0) {
        return r;
      }
    }
    for (int r = weight.length - 1; r >= 0; r--) {
      if (weight[r] > 0) {
        return r;
      }
    }
    return 0;
  }

  /** Each cluster's mean direction; a cluster left empty keeps its centre. */
  private float[] means(int[] assignment, float[] previous) {
    float[] sums = new float[matrix.columns * k];
    int[] members = new int[k];
    for (int r = 0; r < matrix.rows; r++) {
      int j = assignment[r];
      members[j]++;
      for (int e = matrix.start[r]; e < matrix.start[r + 1]; e++) {
        sums[matrix.column[e] * k + j] += matrix.value[e];
      }
    }
    double[] norm = new double[k];
    for (int c = 0; c < matrix.columns; c++) {
      for (int j = 0; j < k; j++) {
        float v = sums[c * k + j];
        norm[j] += v * v;
      }
    }
    for (int c = 0; c < matrix.columns; c++) {
      for (int j = 0; j < k; j++) {
        int at = c * k + j;
        sums[at] = members[j] == 0 || norm[j] == 0 ? previous[at] : (float) (sums[at] / Math.sqrt(norm[j]));
      }
    }
    return sums;
  }

  private int[] renumber(int[] assignment) {
    int[] number = new int[k];
    Arrays.fill(number, -1);
    int next = 0;
    int[] out = new int[assignment.length];
    for (int r = 0; r < assignment.length; r++) {
      if (number[assignment[r]] < 0) {
        number[assignment[r]] = next++;
      }
      out[r] = number[assignment[r]];
    }
    return out;
  }
}
