package org.newsgraph.nlp.ner.features;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Features of the current token that OpenNLP's defaults lack: lower-cased prefixes and suffixes
 * up to {@code maxAffix} characters, its shape joined with its position in the sentence, and
 * whether the sentence is an all-capitals headline (common in wire copy, where capitals say
 * nothing about names). Keeps the last sentence's headline flag, so one instance per thread.
 */
public final class LexicalFeatureGenerator implements AdaptiveFeatureGenerator {

  private final int maxAffix;
  // The headline test looks at the whole sentence; remember it for the sentence being tagged.
  private String[] lastSentence;
  private boolean lastHeadline;

  public LexicalFeatureGenerator(int maxAffix) {
    this.maxAffix = maxAffix;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String token = tokens[index];
    String lower = token.toLowerCase(Locale.ROOT);
    int n = Math.min(maxAffix, lower.length());
    for (int len = 1; len <= n; len++) {
      features.add("pre" + len + "=" + lower.substring(0, len));
      features.add("suf" + len + "=" + lower.substring(lower.length() - len));
    }
    String shape = WordShape.shortShape(token);
    String position = index == 0 ? "first" : index == tokens.length - 1 ? "last" : "mid";
    features.add("pos&sh=" + position + "&" + shape);
    if (tokens != lastSentence) {
      lastSentence = tokens;
      lastHeadline = headline(tokens);
    }
    if (lastHeadline) {
      features.add("headline");
      features.add("headline&w=" + lower);
    }
    if (token.indexOf('-') > 0 && token.indexOf('-') < token.length() - 1) {
      features.add("hyph1=" + lower.substring(0, lower.indexOf('-')));
      features.add("hyph2=" + lower.substring(lower.lastIndexOf('-') + 1));
    }
  }

  /** A sentence with no lower-case letters in any token and at least two tokens with letters. */
  static boolean headline(String[] tokens) {
    int letterTokens = 0;
    for (String token : tokens) {
      for (int i = 0; i < token.length(); i++) {
        if (Character.isLowerCase(token.charAt(i))) {
          return false;
        }
      }
      if (WordShape.isAllCaps(token)) {
        letterTokens++;
      }
    }
    return letterTokens >= 2;
  }
}
