package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.NameTagger;
import org.newsgraph.nlp.ner.NameSpan;

/** A stand-in for the trained name finder in unit tests: finds the names it is given, longest first. */
final class DictionaryNameTagger implements NameTagger {

  private final Map<String, String> types;

  DictionaryNameTagger(Map<String, String> types) {
    this.types = types;
  }

  @Override
  public List<List<NameSpan>> findInDocument(List<List<String>> sentences) {
    return sentences.stream().map(this::find).toList();
  }

  private List<NameSpan> find(List<String> tokens) {
    List<NameSpan> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (int j = Math.min(tokens.size(), i + 6); j > i; j--) {
        String type = types.get(String.join(" ", tokens.subList(i, j)));
        if (type != null) {
          out.add(new NameSpan(i, j, type, 0.9));
          i = j - 1;
          break;
        }
      }
    }
    return out;
  }

  static DictionaryNameTagger of(String... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("name/type pairs expected: " + Arrays.toString(pairs));
    }
    Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return new DictionaryNameTagger(m);
  }
}
