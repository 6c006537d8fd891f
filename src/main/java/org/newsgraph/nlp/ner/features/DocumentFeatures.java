package org.newsgraph.nlp.ner.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the rest of a document says about each capitalised token: whether the same word appears
 * elsewhere in the document capitalised inside a sentence (a name's usual form), in lower case (a
 * common word's), or as the first, a middle or the last word of a longer capitalised run ("Clinton"
 * here, "Bill Clinton" elsewhere). Unlike the adaptive data of OpenNLP's generators, which only
 * sees earlier sentences, this sees the whole document, later sentences included, so an ALL-CAPS
 * headline learns from the body under it.
 *
 * <p>Input: a document's sentences of tokens. Output: per sentence, per token, the token's
 * document features (empty for tokens that are not capitalised), in the shape OpenNLP's name finder
 * takes as additional context ({@code NameSample}'s and {@code NameFinderME.find}'s
 * {@code String[][]}). The same document always gives the same features. Stateless, thread-safe.
 */
public final class DocumentFeatures {

  /** Tokens after which a capitalised word may start a quotation or a clause, like a sentence. */
  private static final Set<String> OPENERS = Set.of("\"", "``", "`", "'", "(", "[", "-", "--", ":", ";");
  private static final String[] NONE = new String[0];

  private DocumentFeatures() {}

  /** The document features of every token of {@code sentences}, one array per sentence. */
  public static List<String[][]> of(List<? extends List<String>> sentences) {
    return of(sentences, true, null);
  }

  /**
   * As {@link #of(List)}; {@code shapes} false leaves out the features of how the word is written
   * elsewhere, and non-null {@code labels} (per sentence, per token: the type a first pass gave
   * the token, or "O") adds the type most often given to the same word elsewhere in the document,
   * as {@code dlab=TYPE}.
   */
  public static List<String[][]> of(List<? extends List<String>> sentences, boolean shapes,
      List<? extends List<String>> labels) {
    Map<String, Usage> usages = new HashMap<>();
    List<Occurrence[]> occurrences = new ArrayList<>(sentences.size());
    for (List<String> sentence : sentences) {
      Occurrence[] inSentence = occurrences(sentence);
      occurrences.add(inSentence);
      for (int i = 0; i < inSentence.length; i++) {
        usages.computeIfAbsent(key(sentence.get(i)), k -> new Usage()).add(inSentence[i]);
      }
    }
    if (labels != null) {
      for (int s = 0; s < sentences.size(); s++) {
        for (int i = 0; i < sentences.get(s).size(); i++) {
          usages.get(key(sentences.get(s).get(i))).addLabel(labels.get(s).get(i));
        }
      }
    }
    List<String[][]> features = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      List<String> sentence = sentences.get(s);
      String[][] perToken = new String[sentence.size()][];
      for (int i = 0; i < perToken.length; i++) {
        Occurrence here = occurrences.get(s)[i];
        if (!here.capitalised()) {
          perToken[i] = NONE;
          continue;
        }
        Usage usage = usages.get(key(sentence.get(i)));
        List<String> found = new ArrayList<>(4);
        if (shapes) {
          usage.addShapeFeatures(here, found);
        }
        if (labels != null) {
          usage.addLabelFeature(labels.get(s).get(i), found);
        }
        perToken[i] = found.toArray(String[]::new);
      }
      features.add(perToken);
    }
    return features;
  }

  private static String key(String token) {
    return token.toLowerCase(Locale.ROOT);
  }

  /** How each token of a sentence is written and where it stands in its run of capitalised words. */
  private static Occurrence[] occurrences(List<String> sentence) {
    boolean headline = isHeadline(sentence);
    Occurrence[] result = new Occurrence[sentence.size()];
    int i = 0;
    while (i < sentence.size()) {
      if (!isNameLike(sentence.get(i)) || headline) {
        result[i] = new Occurrence(form(sentence, i, headline), Run.NONE);
        i++;
        continue;
      }
      int end = i;
      while (end < sentence.size() && isNameLike(sentence.get(end))) {
        end++;
      }
      for (int j = i; j < end; j++) {
        Run run = end - i == 1 ? Run.ALONE : j == i ? Run.FIRST : j == end - 1 ? Run.LAST : Run.INNER;
        result[j] = new Occurrence(form(sentence, j, false), run);
      }
      i = end;
    }
    return result;
  }

  private static Form form(List<String> sentence, int i, boolean headline) {
    String token = sentence.get(i);
    if (!hasLetter(token)) {
      return Form.OTHER;
    }
    if (Character.isLowerCase(token.charAt(0))) {
      return Form.LOWER;
    }
    if (!Character.isUpperCase(token.charAt(0))) {
      return Form.OTHER;
    }
    if (headline || WordShape.isAllCaps(token) && token.length() > 1) {
      return Form.CAPS;
    }
    boolean starts = i == 0 || OPENERS.contains(sentence.get(i - 1));
    return starts ? Form.INITIAL : Form.INSIDE;
  }

  /** A capitalised word that is not all capitals (a headline's words are all capitals). */
  private static boolean isNameLike(String token) {
    return WordShape.isCapitalised(token) && hasLetter(token) && !(WordShape.isAllCaps(token) && token.length() > 1);
  }

  /** Most of the words with letters are written in capitals: a wire headline. */
  private static boolean isHeadline(List<String> sentence) {
    int letters = 0;
    int caps = 0;
    for (String token : sentence) {
      if (hasLetter(token)) {
        letters++;
        if (WordShape.isAllCaps(token)) {
          caps++;
        }
      }
    }
    return letters >= 2 && caps * 10 >= letters * 8;
  }

  private static boolean hasLetter(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetter(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private enum Form { LOWER, INITIAL, INSIDE, CAPS, OTHER }

  private enum Run { NONE, ALONE, FIRST, INNER, LAST }

  private record Occurrence(Form form, Run run) {
    boolean capitalised() {
      return form == Form.INITIAL || form == Form.INSIDE || form == Form.CAPS;
    }
  }

  /** Counts of one word's occurrences in the document by form and by place in a capitalised run. */
  private static final class Usage {
    private final int[] forms = new int[Form.values().length];
    private final int[] runs = new int[Run.values().length];
    private final Map<String, Integer> labels = new HashMap<>(4);

    void addLabel(String label) {
      labels.merge(label, 1, Integer::sum);
    }

    /** {@code dlab=} the label most often given to the word's other occurrences, if it has any. */
    void addLabelFeature(String own, List<String> features) {
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> label : labels.entrySet()) {
        int count = label.getValue() - (label.getKey().equals(own) ? 1 : 0);
        if (count > bestCount || count == bestCount && count > 0 && label.getKey().compareTo(best) < 0) {
          best = label.getKey();
          bestCount = count;
        }
      }
      if (best != null) {
        features.add("dlab=" + best);
      }
    }

    void add(Occurrence occurrence) {
      forms[occurrence.form().ordinal()]++;
      runs[occurrence.run().ordinal()]++;
    }

    /** Features of how the word is written in its other occurrences. */
    void addShapeFeatures(Occurrence here, List<String> features) {
      boolean inside = elsewhere(forms, Form.INSIDE.ordinal(), here.form().ordinal());
      boolean lower = elsewhere(forms, Form.LOWER.ordinal(), here.form().ordinal());
      String where = here.form() == Form.INSIDE ? "" : "&" + here.form().name().toLowerCase(Locale.ROOT);
      if (inside) {
        features.add("dci" + where);
      }
      if (lower) {
        features.add("dlc" + where);
      }
      if (!inside && !lower) {
        features.add("dnone" + where);
      }
      int own = here.run().ordinal();
      if (here.run() != Run.FIRST && here.run() != Run.INNER && here.run() != Run.LAST) {
        for (Run run : new Run[] {Run.FIRST, Run.INNER, Run.LAST}) {
          if (elsewhere(runs, run.ordinal(), own)) {
            features.add("drun=" + run.name().toLowerCase(Locale.ROOT));
          }
        }
      }
    }

    /** Whether {@code counts[wanted]} counts an occurrence other than this one (in bin {@code own}). */
    private static boolean elsewhere(int[] counts, int wanted, int own) {
      return counts[wanted] > (wanted == own ? 1 : 0);
    }
  }
}
