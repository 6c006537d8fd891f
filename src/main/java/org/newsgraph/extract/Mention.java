package org.newsgraph.extract;

import java.util.Objects;

/**
 * One place in a sentence that names an entity.
 *
 * @param sentence index of the sentence in the article
 * @param start first token of the name (after any title)
 * @param end token after the name
 * @param text the name as written, without title ("Donald Trump")
 * @param type the type the name finder gave this occurrence, or null when unknown
 * @param probability the name finder's confidence, 0 when it did not find it
 * @param title a title or role written before the name ("President"), or null
 * @param titleOf the country or body qualifying the title ("Russian", "U.S."), or null
 * @param charStart character offset of the name in the analysed text
 * @param charEnd character offset (exclusive)
 */
public record Mention(
    int sentence,
    int start,
    int end,
    String text,
    EntityType type,
    double probability,
    String title,
    String titleOf,
    int charStart,
    int charEnd) {
  public Mention {
    Objects.requireNonNull(text, "text");
    if (end <= start) {
      throw new IllegalArgumentException("empty mention " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }

  /**
   * {@link GivenNames#FEMALE} or {@link GivenNames#MALE} when the title ends with an honorific that
   * says so ("Baroness", "Mr", "Labour peer Lord"), else null.
   */
  public String honorificGender() {
    if (title == null) {
      return null;
    }
    String last = title.strip().substring(title.strip().lastIndexOf(' ') + 1);
    return Titles.isFemale(last) ? GivenNames.FEMALE : Titles.isMale(last) ? GivenNames.MALE : null;
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }
}
