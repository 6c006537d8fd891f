package org.newsgraph.nlp.ner.features;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Marks tokens covered by an entry of a name list, longest match first, ignoring case:
 * {@code prefix=U} for a one-token match, {@code prefix=B} / {@code prefix=I} for the first and
 * later tokens of a longer one, and the same joined with {@code &cap} when the token is
 * capitalised. OpenNLP's own dictionary feature does this too, but builds and interns a
 * {@code StringList} for every candidate span, which was a third of the tagging time; this one
 * walks a map of lower-cased entry prefixes instead.
 *
 * <p>Keeps the matches of the last sentence it saw, so one instance per thread.
 */
public final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

  /** Entry prefix (lower-cased tokens joined by spaces) to whether it is a whole entry. */
  private final Map<String, Boolean> prefixes = new HashMap<>();
  private final String prefix;

  private String[] lastSentence;
  private char[] lastMarks;

  public GazetteerFeatureGenerator(String prefix, Dictionary dictionary) {
    this.prefix = prefix;
    for (StringList entry : dictionary) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < entry.size(); i++) {
        if (i > 0) {
          key.append(' ');
        }
        key.append(entry.getToken(i).toLowerCase(Locale.ROOT));
        boolean whole = i == entry.size() - 1;
        prefixes.merge(key.toString(), whole, Boolean::logicalOr);
      }
    }
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastSentence) {
      lastSentence = tokens;
      lastMarks = mark(tokens);
    }
    char mark = lastMarks[index];
    if (mark != 0) {
      features.add(prefix + "=" + mark);
      if (WordShape.isCapitalised(tokens[index])) {
        features.add(prefix + "=" + mark + "&cap");
      }
    }
  }

  /** U, B or I per token covered by a longest match; 0 elsewhere. */
  char[] mark(String[] tokens) {
    char[] marks = new char[tokens.length];
    int i = 0;
    while (i < tokens.length) {
      int longest = 0;
      StringBuilder key = new StringBuilder();
      for (int j = i; j < tokens.length; j++) {
        if (j > i) {
          key.append(' ');
        }
        key.append(tokens[j].toLowerCase(Locale.ROOT));
        Boolean whole = prefixes.get(key.toString());
        if (whole == null) {
          break;
        }
        if (whole) {
          longest = j - i + 1;
        }
      }
      if (longest == 0) {
        i++;
        continue;
      }
      marks[i] = longest == 1 ? 'U' : 'B';
      for (int j = i + 1; j < i + longest; j++) {
        marks[j] = 'I';
      }
      i += longest;
    }
    return marks;
  }
}
