package org.newsgraph.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Headlines in Title Case ("Putin Praises Trump for Progress") or ALL CAPS mislead a tagger trained
 * on running text. Only an article's headline is recased, never its body, whose name-dense
 * sentences are capitalised because they are full of names. A headline word is lower-cased for
 * tagging unless the body writes it capitalised, which is evidence of a name; an ALL-CAPS word
 * then takes the body's spelling ("BERLIN" → "Berlin"). Acronyms keep their capitals.
 */
final class Truecaser {

  /** Letters with full stops: "U.S.", "U.N.", "E.U". */
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}?\\.?");

  /** How the body spells a word capitalised, keyed by the word in lower case. */
  private final Map<String, String> capitalised;

  private Truecaser(Map<String, String> capitalised) {
    this.capitalised = capitalised;
  }

  /**
   * Learns from the body sentences (token spans over {@code text}) which words are names: those
   * written capitalised after the first token of a sentence that is not in ALL CAPS, or first in a
   * sentence when the body never writes them in lower case.
   */
  static Truecaser fromBody(String text, List<List<Span>> body) {
    Map<String, String> capitalised = new HashMap<>();
    Map<String, String> initial = new HashMap<>();
    Set<String> lowerCase = new HashSet<>();
    for (List<Span> tokens : body) {
      String[] forms = new String[tokens.size()];
      for (int i = 0; i < forms.length; i++) {
        forms[i] = tokens.get(i).getCoveredText(text).toString();
      }
      if (forms.length == 0 || isAllCaps(forms)) {
        continue;
      }
      for (int i = 0; i < forms.length; i++) {
        String f = forms[i];
        String key = f.toLowerCase(Locale.ROOT);
        if (!Character.isUpperCase(f.charAt(0))) {
          lowerCase.add(key);
        } else if (i == 0 || !Character.isLetterOrDigit(forms[i - 1].charAt(0)) && i == 1) {
          initial.putIfAbsent(key, f);
        } else {
          capitalised.merge(key, f, Truecaser::preferMixedCase);
        }
      }
    }
    initial.forEach((key, f) -> {
      if (!lowerCase.contains(key)) {
        capitalised.merge(key, f, Truecaser::preferMixedCase);
      }
    });
    return new Truecaser(capitalised);
  }

  /**
   * The headline's forms as the taggers should see them, one array per sentence of the headline
   * (the style is judged over all of them: a splitter may cut a headline after "U.S."); a sentence
   * that needs no recasing keeps its array.
   */
  List<String[]> headline(List<String[]> sentences) {
    String[] all = sentences.stream().flatMap(Arrays::stream).toArray(String[]::new);
    boolean allCaps = isAllCaps(all);
    if (!allCaps && !isTitleCase(all)) {
      return sentences;
    }
    return sentences.stream().map(forms -> recase(forms, allCaps)).toList();
  }

  private String[] recase(String[] forms, boolean allCaps) {
    String[] out = forms.clone();
    for (int i = 0; i < out.length; i++) {
      String f = out[i];
      if (!Character.isUpperCase(f.charAt(0))) {
        continue;
      }
      String known = capitalised.get(f.toLowerCase(Locale.ROOT));
      if (known != null) {
        out[i] = allCaps ? known : f;
      } else if (DOTTED_ACRONYM.matcher(f).matches() || !allCaps && isAcronym(f)) {
        out[i] = f;
      } else {
        out[i] = f.toLowerCase(Locale.ROOT);
      }
    }
    return out;
  }

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

  /** Every word of two letters or more is in capitals (and there are at least two such words). */
  static boolean isAllCaps(String[] forms) {
    int words = 0;
    for (String f : forms) {
      long letters = f.chars().filter(Character::isLetter).count();
      if (letters < 2) {
        continue;
      }
      if (f.chars().anyMatch(Character::isLowerCase)) {
        return false;
      }
      words++;
    }
    return words >= 2;
  }

  /** "UN", "NATO", "U.S.": two letters or more and none in lower case. */
  private static boolean isAcronym(String f) {
    return f.chars().filter(Character::isLetter).count() >= 2 && f.chars().noneMatch(Character::isLowerCase);
  }

  private static String preferMixedCase(String a, String b) {
    return isAcronym(a) && !isAcronym(b) ? b : a;
  }
}
