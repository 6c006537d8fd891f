package org.newsgraph.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Headlines in Title Case ("Putin Praises Trump for Progress") mislead a tagger trained on running
 * text. A headline's capitalised words are lower-cased for tagging unless the same article writes
 * them capitalised in the middle of an ordinary sentence, which is evidence of a name.
 */
final class Truecaser {

  private Truecaser() {}

  static boolean isTitleCase(String[] forms) {
    int words = 0;
    int capitalised = 0;
    for (String f : forms) {
      if (!Character.isLetter(f.charAt(0))) {
        continue;
      }
      words++;
      if (Character.isUpperCase(f.charAt(0))) {
        capitalised++;
      } else if (f.length() > 3) {
        return false;
      }
    }
    return words >= 3 && capitalised * 10 >= words * 6;
  }

  /** Words written capitalised after the first token of sentences that are not in Title Case. */
  static Set<String> capitalisedWords(String text, List<List<Span>> sentences) {
    Set<String> out = new HashSet<>();
    for (List<Span> tokens : sentences) {
      String[] forms = new String[tokens.size()];
      for (int i = 0; i < forms.length; i++) {
        forms[i] = tokens.get(i).getCoveredText(text).toString();
      }
      if (forms.length == 0 || isTitleCase(forms)) {
        continue;
      }
      for (int i = 1; i < forms.length; i++) {
        if (Character.isUpperCase(forms[i].charAt(0))) {
          out.add(forms[i]);
        }
      }
    }
    return out;
  }

  static String[] lowerUnknown(String[] forms, Set<String> capitalised) {
    String[] out = forms.clone();
    for (int i = 0; i < out.length; i++) {
      String f = out[i];
      if (Character.isUpperCase(f.charAt(0)) && !capitalised.contains(f) && !isAcronym(f)) {
        out[i] = f.toLowerCase(Locale.ROOT);
      }
    }
    return out;
  }

  private static boolean isAcronym(String f) {
    return f.length() > 1 && Character.isUpperCase(f.charAt(1));
  }
}
