package org.newsgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IobTagsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "B-PER I-PER O B-LOC     | PER:0-2 LOC:3-4",
      "B-LOC B-LOC             | LOC:0-1 LOC:1-2",
      // conlleval reads a stray I- as the start of a chunk, and a type change as a new chunk
      "O I-ORG I-ORG I-LOC     | ORG:1-3 LOC:3-4",
      "O O                     | ''",
  })
  void decodesLikeConlleval(String tags, String expected) {
    List<NameSpan> spans = IobTags.decode(List.of(tags.trim().split(" +")));
    String actual = String.join(" ", spans.stream()
        .map(s -> s.type() + ":" + s.start() + "-" + s.end()).toList());
    assertThat(actual).isEqualTo(expected.trim());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "B-PER I-PER O B-LOC",
      "B-LOC B-LOC O",
      "O O O",
  })
  void encodeInvertsDecodeForIob2(String tags) {
    List<String> list = List.of(tags.split(" "));
    assertThat(IobTags.encode(IobTags.decode(list), list.size())).isEqualTo(list);
  }

  @ParameterizedTest
  @CsvSource({"X-PER", "B-", "PER"})
  void rejectsWhatIsNotATag(String tag) {
    assertThatThrownBy(() -> IobTags.decode(List.of(tag)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
