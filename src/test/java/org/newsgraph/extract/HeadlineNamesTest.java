package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

class HeadlineNamesTest {

  /** A sentence at {@code offset} of the analysed text, its tokens split at spaces. */
  private static AnnotatedSentence sentence(int index, int offset, String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String word : text.split(" ")) {
      int start = text.indexOf(word, at);
      tokens.add(new Token(word, word.toLowerCase(), offset + start, offset + start + word.length(), "NNP", "O", word));
      at = start + word.length();
    }
    return new AnnotatedSentence(index, offset, offset + text.length(), text, tokens, List.of());
  }

  private static Mention person(AnnotatedSentence s, int start, int end) {
    String text = s.text().substring(s.token(start).start() - s.start(), s.token(end - 1).end() - s.start());
    return new Mention(s.index(), start, end, text, EntityType.PERSON, 0.9, null, null, s.token(start).start(),
        s.token(end - 1).end());
  }

  @Test
  void aWordTheHeadlineGluesOntoANameIsDroppedWhenTheBodyNamesThePersonOtherwise() {
    AnnotatedSentence headline = sentence(0, 0, "Classy Vensk makes winning start");
    AnnotatedSentence body = sentence(1, 34, "Tom Vensk won on Wednesday");
    List<Mention> trimmed = HeadlineNames.trim(List.of(headline, body), List.of(person(headline, 0, 2), person(body, 0, 2)));

    assertThat(trimmed.get(0).text()).isEqualTo("Vensk");
    assertThat(trimmed.get(0).start()).isEqualTo(1);
    assertThat(trimmed.get(0).charStart()).isEqualTo(7);
    assertThat(trimmed.get(1).text()).isEqualTo("Tom Vensk");
  }

  @Test
  void aHeadlineNameStaysWhenTheBodyWritesItsFirstWordOrNoOtherFullName() {
    AnnotatedSentence headline = sentence(0, 0, "Gordon Vensk quits");
    AnnotatedSentence body = sentence(1, 20, "Chancellor Gordon Vensk resigned");
    List<Mention> same = List.of(person(headline, 0, 2), person(body, 1, 3));
    assertThat(HeadlineNames.trim(List.of(headline, body), same).get(0).text()).isEqualTo("Gordon Vensk");

    AnnotatedSentence surnameOnly = sentence(1, 20, "Mr Vensk resigned");
    List<Mention> bySurname = List.of(person(headline, 0, 2), person(surnameOnly, 1, 2));
    assertThat(HeadlineNames.trim(List.of(headline, surnameOnly), bySurname).get(0).text()).isEqualTo("Gordon Vensk");
  }
}
