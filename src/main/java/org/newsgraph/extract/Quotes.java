package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;

/** Marks the tokens inside quotation marks; a quotation may run over several sentences. */
final class Quotes {

  private Quotes() {}

  static List<boolean[]> mark(List<AnnotatedSentence> sentences) {
    List<boolean[]> out = new ArrayList<>(sentences.size());
    boolean open = false;
    for (AnnotatedSentence s : sentences) {
      boolean[] in = new boolean[s.size()];
      for (int i = 0; i < s.size(); i++) {
        String form = s.token(i).form();
        if (form.equals("``")) {
          open = true;
        } else if (form.equals("''")) {
          in[i] = true;
          open = false;
          continue;
        }
        in[i] = open;
      }
      out.add(in);
      // A quotation left open at the end of a paragraph does not run into the next story line.
      if (s.text().endsWith("\n")) {
        open = false;
      }
    }
    return out;
  }
}
