package org.newsgraph.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Converts between IOB tags and {@link NameSpan}s.
 *
 * <p>Decoding follows conlleval: a chunk starts at {@code B-X}, or at {@code I-X} when the tag
 * before is not of type X (so IOB1 input and sloppy IOB2 decode the way the scorer reads them).
 */
public final class IobTags {

  public static final String OUTSIDE = "O";

  private IobTags() {}

  public static List<NameSpan> decode(List<String> tags) {
    List<NameSpan> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : OUTSIDE;
      String tagType = typeOf(tag);
      boolean continues = type != null && tag.startsWith("I-") && tagType.equals(type);
      if (continues) {
        continue;
      }
      if (type != null) {
        spans.add(new NameSpan(start, i, type, 1.0));
        type = null;
      }
      if (tagType != null) {
        start = i;
        type = tagType;
      }
    }
    return spans;
  }

  /** IOB2 tags for {@code length} tokens holding the given non-overlapping spans. */
  public static List<String> encode(List<NameSpan> spans, int length) {
    String[] tags = new String[length];
    Arrays.fill(tags, OUTSIDE);
    for (NameSpan span : spans) {
      if (span.end() > length) {
        throw new IllegalArgumentException("span " + span + " past " + length + " tokens");
      }
      tags[span.start()] = "B-" + span.type();
      for (int i = span.start() + 1; i < span.end(); i++) {
        tags[i] = "I-" + span.type();
      }
    }
    return List.of(tags);
  }

  /** The entity type of a tag, or null for "O". */
  static String typeOf(String tag) {
    if (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
      return tag.substring(2);
    }
    if (OUTSIDE.equals(tag)) {
      return null;
    }
    throw new IllegalArgumentException("not an IOB tag: '" + tag + "'");
  }

  /** The type of each tag ("PER" for B-PER and I-PER), {@link #OUTSIDE} for O. */
  public static List<String> types(List<String> tags) {
    return tags.stream().map(t -> t.equals(OUTSIDE) ? OUTSIDE : typeOf(t)).toList();
  }
}
