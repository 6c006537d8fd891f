package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;

/** A phrase chunk over tokens [start, end): NP, VP, PP, ADVP, SBAR, PRT, … or O for a lone token. */
record Chunk(String type, int start, int end) {

  boolean is(String t) {
    return type.equals(t);
  }

  /** Reads the IOB chunk tags of a sentence into chunks; tokens outside any chunk are O chunks. */
  static List<Chunk> of(AnnotatedSentence s) {
    List<Chunk> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      String tag = s.token(i).chunk();
      if (tag.length() < 3 || tag.equals("O")) {
        out.add(new Chunk("O", i, i + 1));
        i++;
        continue;
      }
      String type = tag.substring(2);
      int j = i + 1;
      while (j < s.size() && s.token(j).chunk().equals("I-" + type)) {
        j++;
      }
      out.add(new Chunk(type, i, j));
      i = j;
    }
    return out;
  }
}
