package org.newsgraph.eval.carb;

/**
 * The key on which CaRB aligns system sentences with gold sentences: the text without spaces,
 * PTB bracket tokens turned back into brackets, and ASCII punctuation removed. Tokenisation
 * differences (spacing, {@code -LRB-}, quotes) therefore do not lose a sentence.
 */
final class SentenceKey {

  private static final String[][] BRACKETS = {
    {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"}, {"-LCB-", "{"}, {"-RCB-", "}"}
  };
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private SentenceKey() {}

  static String of(String sentence) {
    String s = sentence.replace(" ", "");
    for (String[] bracket : BRACKETS) {
      s = s.replace(bracket[0], bracket[1]);
    }
    StringBuilder key = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (PUNCTUATION.indexOf(c) < 0) {
        key.append(c);
      }
    }
    return key.toString();
  }
}
