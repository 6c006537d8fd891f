package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * A headline glues a describing word onto a name more often than a body does: "Classy Henman makes
 * winning start" over a story about Tim Henman. A person the headline names from its first word on
 * loses that word when the body names a person with the same last words after another first word
 * ("Tim Henman") and never writes the headline's word in a name: "Classy Henman" becomes "Henman",
 * whom the article's resolution then joins to Tim Henman. A headline whose first word the body
 * also writes in a name ("Gordon Brown quits"), or whose person the body names by surname alone,
 * keeps its name.
 */
final class HeadlineNames {

  private HeadlineNames() {}

  /** The mentions, with the headline's (sentence 0) trimmed as above; the others as they are. */
  static List<Mention> trim(List<AnnotatedSentence> sentences, List<Mention> mentions) {
    if (sentences.isEmpty()) {
      return mentions;
    }
    List<String[]> bodyNames = mentions.stream().filter(m -> m.sentence() > 0).map(m -> words(m.text())).toList();
    Set<String> bodyWords = bodyNames.stream().flatMap(Arrays::stream).collect(Collectors.toSet());
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(isGluedOn(m, bodyNames, bodyWords) ? withoutFirstWord(m, sentences.get(0)) : m);
    }
    return out;
  }

  private static boolean isGluedOn(Mention m, List<String[]> bodyNames, Set<String> bodyWords) {
    if (m.sentence() != 0 || m.start() != 0 || m.type() != EntityType.PERSON || m.title() != null || m.length() < 2) {
      return false;
    }
    String[] words = words(m.text());
    if (words.length != m.length() || bodyWords.contains(words[0])) {
      return false;
    }
    String[] rest = Arrays.copyOfRange(words, 1, words.length);
    return bodyNames.stream().anyMatch(b -> b.length > rest.length
        && Arrays.equals(Arrays.copyOfRange(b, b.length - rest.length, b.length), rest));
  }

  private static Mention withoutFirstWord(Mention m, AnnotatedSentence headline) {
    int charStart = headline.token(m.start() + 1).start();
    String text = headline.text().substring(charStart - headline.start(), m.charEnd() - headline.start());
    return new Mention(m.sentence(), m.start() + 1, m.end(), text, m.type(), m.probability(), null, null, charStart,
        m.charEnd());
  }

  private static String[] words(String text) {
    return text.strip().split("\\s+");
  }
}
