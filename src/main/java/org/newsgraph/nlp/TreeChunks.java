package org.newsgraph.nlp;

import java.util.List;
import java.util.Set;

/**
 * Constituency tree → the flat chunk layer (IOB tags) that the chunker would give, so that code
 * written for chunks reads the parser's analysis unchanged. A chunk is a run of tokens whose
 * part-of-speech nodes hang directly under one phrase, except that: adjective, adverb and
 * quantifier phrases inside a noun phrase belong to it ("very many farmers"); the verbs of a chain
 * of nested verb phrases are one chunk ("wants to open", "had been hidden"); "who"/"which" are noun
 * chunks; a possessive "'s" opens the noun chunk after it ("Bush | 's offer"), as the chunker has it;
 * punctuation, and "and" between phrases, are outside any chunk. Stateless.
 */
public final class TreeChunks {

  private static final Set<String> ABSORBED_BY_NP = Set.of("ADJP", "QP", "ADVP", "NX", "NAC");
  private static final Set<String> VERB_GROUP_TAGS = Set.of(
      "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "TO", "RB");
  private static final Set<String> PUNCTUATION = Set.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-");

  private TreeChunks() {}

  /** IOB chunk tags for tokens 0 … n-1 of the tree, given their part-of-speech tags. */
  public static String[] of(Constituent root, String[] pos) {
    int n = pos.length;
    Constituent[] owner = new Constituent[n];
    String[] type = new String[n];
    assign(root, null, owner, type, pos);
    String[] iob = new String[n];
    for (int i = 0; i < n; i++) {
      if (type[i] == null) {
        iob[i] = "O";
        continue;
      }
      if (type[i].equals("VP") && pos[i].equals("RB") && !isVerbGroup(type, pos, i - 1)
          && !isVerbGroup(type, pos, i + 1)) {
        type[i] = "ADVP"; // "met him yesterday": an adverb that joins no verb
      }
      boolean continues = i > 0 && type[i].equals(type[i - 1])
          && (owner[i] == owner[i - 1] || type[i].equals("VP"));
      boolean possessive = pos[i].equals("POS") && type[i].equals("NP");
      iob[i] = (continues && !possessive ? "I-" : "B-") + type[i];
    }
    for (int i = 1; i + 1 < n; i++) {
      // The chunker's convention: "Bush 's offer" is [Bush] ['s offer].
      if (pos[i].equals("POS") && iob[i + 1].equals("B-NP")) {
        iob[i + 1] = "I-NP";
      }
    }
    return iob;
  }

  private static void assign(Constituent node, Constituent parent, Constituent[] owner, String[] type, String[] pos) {
    for (Constituent child : node.children()) {
      if (!child.isTag()) {
        assign(child, node, owner, type, pos);
        continue;
      }
      int i = child.start();
      if (i >= pos.length) {
        continue;
      }
      Constituent phrase = node;
      if (ABSORBED_BY_NP.contains(node.label()) && parent != null && parent.label().equals("NP")
          && isFlat(node)) {
        phrase = parent;
      }
      String t = chunkType(phrase, pos[i]);
      owner[i] = phrase;
      type[i] = t;
    }
  }

  private static String chunkType(Constituent phrase, String tag) {
    if (PUNCTUATION.contains(tag)) {
      return null;
    }
    String label = phrase.label();
    if (label.startsWith("WH")) {
      label = label.substring(2);
    }
    return switch (label) {
      case "NP", "ADJP", "ADVP", "PRT", "CONJP", "INTJ", "LST", "UCP" ->
          tag.equals("CC") && !isFlat(phrase) ? null : label.equals("UCP") ? "NP" : label;
      case "VP" -> VERB_GROUP_TAGS.contains(tag) ? "VP" : null;
      case "PP", "SBAR" -> label;
      default -> null;
    };
  }

  private static boolean isVerbGroup(String[] type, String[] pos, int i) {
    return i >= 0 && i < pos.length && "VP".equals(type[i]) && !pos[i].equals("RB");
  }

  private static boolean isFlat(Constituent phrase) {
    List<Constituent> children = phrase.children();
    return children.stream().allMatch(Constituent::isTag);
  }
}
