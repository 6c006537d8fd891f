package org.newsgraph.identity;

import org.newsgraph.extract.Acronyms;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.NameConnectors;

/**
 * Which graph entity an article's entity is. The graph keys an entity by the spelling-free form of
 * its name, not by its type: an article that calls Sony a person and another that calls it a
 * company add mentions to one node, whose type is decided over all its mentions (see the graph's
 * entity refresh). Before the form is taken, leading honorifics are dropped and a known alias
 * gives its canonical name ("U.S." → United States). The key is a function of the article's own
 * entity only, so it does not depend on which articles were loaded before.
 */
public final class Identity {

  /** How a written name joined its graph entity; kept on each mention. */
  public static final String SAME_NAME = "same name";
  public static final String SPELLING = "spelling";
  public static final String HONORIFIC = "honorific dropped";
  public static final String KNOWN_ALIAS = "known alias";
  public static final String IN_ARTICLE = "short form in the article";
  public static final String ACRONYM = "acronym in the article";
  public static final String SURNAME = "surname across articles";
  /** A surname joined in one article to the full name whose articles name the same people and organisations. */
  public static final String SURNAME_IN_CONTEXT = "surname in context";
  public static final String ACRONYM_ACROSS = "acronym across articles";
  public static final String USER_RULE = "user rule";

  /** The graph entity of an article's entity: its key and the name it is created with. */
  public record Global(String key, String name) {}

  private Identity() {}

  public static Global of(Entity e) {
    return of(e.type() == EntityType.PERSON ? withoutLeadingInitials(e.name()) : e.name());
  }

  /**
   * A person's name without initials before the given name, when two words remain: "W. Ada Kern"
   * is "Ada Kern" (initials within the name stay: "Ada W. Kern" is not changed).
   */
  static String withoutLeadingInitials(String name) {
    String[] words = name.strip().split("\\s+");
    int i = 0;
    while (words.length - i > 2 && isInitial(words[i])) {
      i++;
    }
    return i == 0 ? name : String.join(" ", java.util.Arrays.asList(words).subList(i, words.length));
  }

  private static boolean isInitial(String word) {
    String letters = word.replace(".", "");
    return letters.length() == 1 && Character.isUpperCase(letters.charAt(0));
  }

  /** Words after a surname that tell a father from a son, not a different surname. */
  /** The graph entity of a name as an article writes it. */
  public static Global of(String localName) {
    String name = NameForms.withoutHonorifics(localName);
    String canonical = KnownAliases.canonical(name);
    if (canonical != null) {
      name = canonical;
    }
    return new Global(key(name), name);
  }

  /** The key of a graph entity named {@code name} (after honorifics and known aliases are applied). */
  public static String key(String name) {
    return "entity:" + NameForms.form(name);
  }

  /**
   * Last words that name a kind of body, not one body ("Congress", "Commission", "Party"): written
   * alone, they mean whichever of many the article is about, not the one name in the graph that
   * ends with them ("American Pork Congress").
   */
  private static final java.util.Set<String> GENERIC_HEADS = java.util.Set.of(
      "congress", "committee", "council", "party", "association", "union", "bank", "group", "corporation",
      "company", "commission", "institute", "foundation", "university", "college", "school", "club", "league",
      "federation", "board", "authority", "agency", "ministry", "department", "office", "society", "trust", "fund",
      "service", "services", "network", "exchange", "parliament", "assembly", "government", "administration",
      "senate", "centre", "center", "organisation", "organization", "alliance", "coalition", "movement", "army",
      "police", "forces", "chamber", "bureau", "institution", "academy", "museum", "hospital", "airport",
      "stadium", "festival", "awards", "championship", "championships", "cup");

  /**
   * The spelling-free form of the last word of a name of two or more words ("Ann Reddy" →
   * "reddy"), under which a person written by surname alone finds it; null for one word, and for
   * a name with a connector before its last word ("Kensington and Chelsea": Chelsea alone is the
   * club, "Bank of England": England alone is the team, "Stade de France": France alone is the
   * country or its team, "Top of the Pops": Pops alone is nothing), and for a last word that names
   * a kind of body ("Congress").
   */
  public static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    int last = words.length - 1;
    while (last > 0 && NameConnectors.isSuffix(NameForms.form(words[last]))) {
      last--; // "Arcade Comeaux Jr." is found by "Comeaux"
    }
    if (words.length < 2) {
      return null;
    }
    if (NameConnectors.before(words, last)) {
      return null; // also "Top of the Pops", "Royal National Institute of the Blind"
    }
    String form = NameForms.form(words[last]);
    return GENERIC_HEADS.contains(form) ? null : form;
  }

  /**
   * The initials of a name of two or more words, as its acronym would be written, in spelling-free
   * form ("Advanced Micro Devices" → "amd", "Bank of England" → "be", "Hewlett-Packard" → "hp");
   * null for one word or fewer than two initials.
   */
  public static String initials(String name) {
    StringBuilder b = new StringBuilder();
    int words = 0;
    for (String word : name.strip().split("[\\s-]+")) {
      String form = NameForms.form(word);
      if (form.isEmpty()) {
        continue;
      }
      words++;
      if (!Acronyms.isMinorWord(form)) {
        b.appendCodePoint(form.codePointAt(0));
      }
    }
    return words < 2 || b.codePointCount(0, b.length()) < 2 ? null : b.toString();
  }

  /** The spelling-free form a key stands for. */
  public static String formOfKey(String key) {
    return key.substring(key.indexOf(':') + 1);
  }

  /**
   * How a mention written {@code text} joined the entity {@code e} of its article, where it is
   * written in parentheses or not. Only an acronym in parentheses after a name that is not a
   * person's ("Advanced Micro Devices (AMD)") is {@link #ACRONYM}, which other articles learn; an
   * acronym the article joins by its initials alone is a short form in the article.
   */
  public static String rule(String text, Entity e, boolean inParentheses) {
    String rule = rule(text, e);
    return rule.equals(ACRONYM) && (!inParentheses || e.type() == EntityType.PERSON) ? IN_ARTICLE : rule;
  }

  /** How a mention written {@code text} joined the entity {@code e} of its article (an acronym as if defined). */
  public static String rule(String text, Entity e) {
    if (text.equals(e.name())) {
      return KnownAliases.canonical(text) != null && !KnownAliases.canonical(text).equals(text) ? KNOWN_ALIAS : SAME_NAME;
    }
    String form = NameForms.form(text);
    if (form.equals(NameForms.form(e.name()))) {
      return SPELLING;
    }
    String stripped = NameForms.withoutHonorifics(text);
    if (!stripped.equals(text.strip()) && NameForms.form(stripped).equals(NameForms.form(NameForms.withoutHonorifics(e.name())))) {
      return HONORIFIC;
    }
    String canonical = KnownAliases.canonical(text);
    if (canonical != null && canonical.equals(of(e.name()).name())) {
      return KNOWN_ALIAS;
    }
    if (Acronyms.isAcronym(text) && form.equals(initials(e.name()))) {
      return ACRONYM;
    }
    return IN_ARTICLE;
  }
}
