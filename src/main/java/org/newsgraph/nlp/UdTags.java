package org.newsgraph.nlp;

/** Penn Treebank tags → Universal POS tags, which the UD lemmatizer model expects. */
final class UdTags {

  private UdTags() {}

  static String[] fromPenn(String[] penn) {
    String[] out = new String[penn.length];
    for (int i = 0; i < penn.length; i++) {
      out[i] = fromPenn(penn[i]);
    }
    return out;
  }

  static String fromPenn(String tag) {
    if (tag.startsWith("NNP")) {
      return "PROPN";
    }
    if (tag.startsWith("NN")) {
      return "NOUN";
    }
    if (tag.startsWith("VB")) {
      return "VERB";
    }
    if (tag.startsWith("JJ")) {
      return "ADJ";
    }
    if (tag.startsWith("RB") || tag.equals("WRB")) {
      return "ADV";
    }
    return switch (tag) {
      case "PRP", "PRP$", "WP", "WP$", "EX" -> "PRON";
      case "DT", "PDT", "WDT" -> "DET";
      case "IN" -> "ADP";
      case "CC" -> "CCONJ";
      case "CD" -> "NUM";
      case "MD" -> "AUX";
      case "TO", "POS", "RP" -> "PART";
      case "UH" -> "INTJ";
      case "SYM" -> "SYM";
      case "FW", "LS" -> "X";
      default -> "PUNCT";
    };
  }
}
