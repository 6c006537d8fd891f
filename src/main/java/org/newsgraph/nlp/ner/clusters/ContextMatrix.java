package org.newsgraph.nlp.ner.clusters;

import java.util.Arrays;
import java.util.List;

/**
 * Sparse rows, one per vocabulary word: the PPMI-weighted counts of its left and right
 * neighbours, scaled to length 1. A neighbour is one of the most frequent words, "another word"
 * or the edge of the document. Immutable once built.
 */
final class ContextMatrix {

  final int rows;
  final int columns;
  /** Row r's entries are at start[r] .. start[r + 1] - 1 of column and value. */
  final int[] start;
  final int[] column;
  final float[] value;

  private ContextMatrix(int rows, int columns, int[] start, int[] column, float[] value) {
    this.rows = rows;
    this.columns = columns;
    this.start = start;
    this.column = column;
    this.value = value;
  }

  /**
   * @param vocabulary word id to row, -1 for words left out
   * @param context word id to context slot (0 .. contextWords - 1, or contextWords for others)
   */
  static ContextMatrix build(List<int[]> documents, int[] vocabulary, int[] context, int rows, int contextWords) {
    int other = contextWords;
    int edge = contextWords + 1;
    int side = contextWords + 2;
    long[] pairs = new long[1 << 20];
    int n = 0;
    for (int[] document : documents) {
      for (int i = 0; i < document.length; i++) {
        int row = document[i] < 0 ? -1 : vocabulary[document[i]];
        if (row < 0) {
          continue;
        }
        int left = i == 0 ? edge : document[i - 1] < 0 ? other : context[document[i - 1]];
        int right = i == document.length - 1 ? edge : document[i + 1] < 0 ? other : context[document[i + 1]];
        if (n + 2 > pairs.length) {
          pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[n++] = (long) row * 2 * side + left;
        pairs[n++] = (long) row * 2 * side + side + right;
      }
    }
    Arrays.sort(pairs, 0, n);
    int columns = 2 * side;
    int[] start = new int[rows + 1];
    int[] column = new int[n];
    float[] count = new float[n];
    double[] rowSum = new double[rows];
    double[] columnSum = new double[columns];
    int entries = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && pairs[j] == pairs[i]) {
        j++;
      }
      int row = (int) (pairs[i] / columns);
      int col = (int) (pairs[i] % columns);
      column[entries] = col;
      count[entries] = j - i;
      start[row + 1] = entries + 1;
      rowSum[row] += j - i;
      columnSum[col] += j - i;
      entries++;
      i = j;
    }
    for (int r = 1; r <= rows; r++) {
      start[r] = Math.max(start[r], start[r - 1]);
    }
    double total = n;
    float[] value = new float[entries];
    for (int r = 0; r < rows; r++) {
      double norm = 0;
      for (int e = start[r]; e < start[r + 1]; e++) {
        double pmi = Math.log(count[e] * total / (rowSum[r] * columnSum[column[e]]));
        value[e] = (float) Math.max(0, pmi);
        norm += value[e] * value[e];
      }
      if (norm > 0) {
        float scale = (float) (1 / Math.sqrt(norm));
        for (int e = start[r]; e < start[r + 1]; e++) {
          value[e] *= scale;
        }
      }
    }
    return new ContextMatrix(rows, columns, start, Arrays.copyOf(column, entries), value);
  }

  /** Dot product of row r with a dense vector given column-major as centre[c * k + j] for centre j. */
  void dotAll(int r, float[] centres, int k, float[] out) {
    Arrays.fill(out, 0f);
    for (int e = start[r]; e < start[r + 1]; e++) {
      float v = value[e];
      if (v == 0) {
        continue;
      }
      int base = column[e] * k;
      for (int j = 0; j < k; j++) {
        out[j] += v * centres[base + j];
      }
    }
  }

  /** Dot product of row r with a dense vector. */
  double dot(int r, float[] dense) {
    double sum = 0;
    for (int e = start[r]; e < start[r + 1]; e++) {
      sum += value[e] * dense[column[e]];
    }
    return sum;
  }
}
