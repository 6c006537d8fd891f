package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;

/** Marks the tokens inside quotation marks; a quotation may run over several sentences. */
final class Quotes {

  /** A quotation that ends in a sentence: its words (without the marks) and its closing mark's token. */
  record Closed(String text, int closingToken) {}

  private Quotes() {}

  /**
   * For each sentence, the last quotation that closes in it, or null. The quotation's text may
   * begin in an earlier sentence of the same paragraph.
   */
  static List<Closed> closed(List<AnnotatedSentence> sentences) {
    List<Closed> out = new ArrayList<>(sentences.size());
    StringBuilder open = null;
    for (AnnotatedSentence s : sentences) {
      Closed last = null;
      for (int i = 0; i < s.size(); i++) {
        String form = s.token(i).form();
        if (form.equals("``")) {
          open = new StringBuilder();
        } else if (form.equals("''") && open != null) {
          String text = (open + " " + sinceOpening(s, i)).strip();
          last = text.isEmpty() ? last : new Closed(text.replaceAll("[,\\s]+$", ""), i);
          open = null;
        }
      }
      if (open != null) {
        open.append(open.length() == 0 ? "" : " ").append(sinceOpening(s, s.size()));
      }
      out.add(last);
    }
    return out;
  }

  /** The sentence's words after its last opening mark before {@code end} (or from its start), up to {@code end}. */
  private static String sinceOpening(AnnotatedSentence s, int end) {
    int from = 0;
    for (int i = end - 1; i >= 0; i--) {
      if (s.token(i).form().equals("``")) {
        from = i + 1;
        break;
      }
    }
    return s.span(from, end);
  }

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
