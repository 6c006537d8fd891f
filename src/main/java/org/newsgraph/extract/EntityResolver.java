package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups an article's mentions into entities: one entity per real-world thing within the article.
 * "Trump" and "President Trump" join "Donald Trump"; "Kim" joins "Kim Jong Un"; "U.S." joins
 * "United States". A short name that fits two longer ones stays apart rather than guess. The type
 * is voted over all mentions, so a sentence-initial "Trump" the name finder called an organisation
 * still joins the person.
 *
 * <p>Input: all mentions of one article. Output: entities and each mention's entity. Stateless.
 */
final class EntityResolver {

  record Result(List<Entity> entities, List<ResolvedMention> mentions) {}

  private static final class Group {
    final List<Mention> mentions = new ArrayList<>();
    String name;
    String[] tokens;

    Group(Mention first) {
      name = first.text();
      tokens = words(first.text());
      mentions.add(first);
    }

    /** Adds a mention; a group named "G Holm" takes the name "Gunnar Holm" when that joins it. */
    void add(Mention m) {
      mentions.add(m);
      String[] w = words(m.text());
      if (tokens.length > 1 && tokens[0].length() == 1 && w.length == tokens.length && w[0].length() > 1) {
        name = m.text();
        tokens = w;
      }
    }
  }

  Result resolve(List<Mention> mentions) {
    return resolve(mentions, m -> false);
  }

  /**
   * As {@link #resolve(List)}, where {@code relative} tells the mentions that introduce someone as
   * another person's relative ("his wife Nancy Reagan"): the surname written alone is not theirs
   * unless an honorific says so ("Mrs Reagan").
   */
  Result resolve(List<Mention> mentions, java.util.function.Predicate<Mention> relative) {
    List<Mention> ordered = new ArrayList<>(mentions);
    Map<String, Integer> wordCounts = new HashMap<>(); // the sort compares each mention many times
    ordered.sort(Comparator.comparingInt((Mention m) -> -wordCounts.computeIfAbsent(m.text(), t -> words(t).length))
        .thenComparingInt(Mention::sentence).thenComparingInt(Mention::start));
    Set<String> apart = writtenApart(mentions);
    List<Group> groups = new ArrayList<>();
    for (Mention m : ordered) {
      Group g = match(groups, m, relative, apart);
      if (g == null) {
        groups.add(new Group(m));
      } else {
        g.add(m);
      }
    }
    List<Entity> entities = new ArrayList<>();
    List<ResolvedMention> resolved = new ArrayList<>();
    for (Group whole : groups) {
      EntityType voted = vote(whole);
      if (voted == null) {
        continue;
      }
      for (Map.Entry<EntityType, Group> part : splitByType(whole, voted).entrySet()) {
        Entity e = toEntity(part.getValue(), part.getKey());
        entities.add(e);
        for (Mention m : part.getValue().mentions) {
          resolved.add(new ResolvedMention(m, e.key()));
        }
      }
    }
    entities.sort(Comparator.comparing(Entity::key));
    resolved.sort(Comparator.comparingInt((ResolvedMention r) -> r.mention().sentence())
        .thenComparingInt(r -> r.mention().start()));
    return new Result(entities, resolved);
  }

  /**
   * Surnames that a sentence writes alone before a full name ending with them ("Reagan and Nancy
   * Reagan would be in Rome"): two people, whatever the rest of the article writes. As "surname|full
   * name", in folded words.
   */
  private static Set<String> writtenApart(List<Mention> mentions) {
    Set<String> apart = new java.util.HashSet<>();
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    mentions.forEach(m -> bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
    for (List<Mention> inSentence : bySentence.values()) {
      for (Mention shortName : inSentence) {
        String[] w = words(shortName.text());
        if (w.length != 1 || shortName.title() != null) {
          continue;
        }
        for (Mention full : inSentence) {
          String[] f = words(full.text());
          // only before it: "Reagan and Nancy Reagan"; after it, "Mike Doyle … Doyle had coached" is him
          if (f.length > 1 && f[f.length - 1].equals(w[0]) && shortName.start() < full.start()) {
            apart.add(w[0] + "|" + String.join(" ", f));
          }
        }
      }
    }
    return apart;
  }

  private static Group match(List<Group> groups, Mention m, java.util.function.Predicate<Mention> relative,
      Set<String> apart) {
    String[] w = words(m.text());
    for (Group g : groups) {
      if (Arrays.equals(g.tokens, w)) {
        return g;
      }
    }
    // "Robert Kilroy-Silk" and "Robert Kilroy Silk": one name, written with and without its hyphen
    // (folded, the hyphened word is one word, so the spaced form has more words and comes first).
    if (w.length > 1) {
      String joined = String.join("", w);
      for (Group g : groups) {
        if (g.tokens.length > 1 && g.tokens.length != w.length && joined.equals(String.join("", g.tokens))) {
          return g;
        }
      }
    }
    List<Group> found = new ArrayList<>();
    for (Group g : groups) {
      boolean alone = w.length == 1 && m.title() == null;
      if (isShortFormOf(w, m, g) && !(alone && g.mentions.stream().allMatch(relative))
          && !(alone && apart.contains(w[0] + "|" + String.join(" ", g.tokens)))) {
        found.add(g);
      }
    }
    if (found.size() > 1) {
      // Ambiguous ("Kim" could be either of two Kims), unless only one of them is a name the name
      // finder typed: "Dogged Federer", a span of a capitals headline, is no second Federer.
      found = found.stream().filter(g -> leadingType(g) != null).toList();
    }
    return found.size() == 1 ? found.get(0) : null;
  }

  private static boolean isShortFormOf(String[] w, Mention m, Group g) {
    if (w.length == 1 && Acronyms.isAcronym(m.text()) && initials(g.tokens).equals(w[0]) && g.tokens.length > 1) {
      return true;
    }
    if (w.length == g.tokens.length) {
      return isInitialled(w, m, g);
    }
    if (w.length > g.tokens.length) {
      return false;
    }
    if (w.length == 1 && isCompany(g) && w[0].equals(g.tokens[0])) {
      return true; // "Olin" for "Olin Corp", whatever type the name finder gave either
    }
    EntityType groupType = leadingType(g);
    if (w.length == 1 && (groupType == EntityType.PERSON || groupType == null)) {
      if (m.title() != null) {
        // "Mr Brown" is a surname; "Mrs Howard" is not the Howard the article calls "Mr Howard".
        return (w[0].equals(g.tokens[surname(g.tokens)]) || isHyphenedSurname(w[0], g.tokens)
            || Titles.goesWithGivenName(m.title()) && w[0].equals(g.tokens[0]))
            && !differInGender(m.title(), g);
      }
      // "France" is not the "Stade de France", whatever the name finder made of the stadium.
      return w[0].equals(g.tokens[0])
          || w[0].equals(g.tokens[surname(g.tokens)]) && !NameConnectors.before(g.tokens, surname(g.tokens))
          || m.text().contains("-") && isHyphenedSurname(w[0], g.tokens);
    }
    // "Kilroy Silk" for "Robert Kilroy Silk", "Luther King" for "Martin Luther King": a person's last words.
    if (w.length > 1 && groupType == EntityType.PERSON && (m.type() == null || m.type() == EntityType.PERSON)
        && Arrays.equals(w, Arrays.copyOfRange(g.tokens, g.tokens.length - w.length, g.tokens.length))) {
      return true;
    }
    // "Harwick Bay Authority" and "Harwick Bay" are one thing only when nothing says they are two kinds of thing.
    boolean sameKind = m.type() == null || groupType == null || m.type() == groupType;
    return w.length > 1 && sameKind && m.type() != EntityType.PERSON && groupType != EntityType.PERSON
        && contains(g.tokens, w) && !isAnotherBody(w, g.tokens);
  }

  /**
   * "Bank of Ceylon" is not the "Central Bank of Ceylon", nor "Bank of Scotland" the "Royal Bank of
   * Scotland": a shorter name that ends the longer one and opens with the kind of body it is names
   * another body of that kind.
   */
  private static boolean isAnotherBody(String[] shortName, String[] name) {
    return !shortName[0].equals(name[0]) && TypeHints.isNameHead(shortName[0])
        && Arrays.equals(shortName, Arrays.copyOfRange(name, name.length - shortName.length, name.length));
  }

  /** Where a person's surname is among the folded words of the name: last, or before "Jr" and the like. */
  private static int surname(String[] tokens) {
    int last = tokens.length - 1;
    return last > 1 && NameConnectors.isSuffix(tokens[last]) ? last - 1 : last;
  }

  /**
   * "G Henson" and "Gavin Henson" (team sheets write the initial): one person's name with the
   * given name and with its initial, either way round.
   */
  private static boolean isInitialled(String[] w, Mention m, Group g) {
    if (w.length < 2 || leadingType(g) != EntityType.PERSON || m.type() != null && m.type() != EntityType.PERSON
        || !Arrays.equals(w, 1, w.length, g.tokens, 1, g.tokens.length)) {
      return false;
    }
    return w[0].length() == 1 && g.tokens[0].length() > 1 && g.tokens[0].startsWith(w[0])
        || g.tokens[0].length() == 1 && w[0].length() > 1 && w[0].startsWith(g.tokens[0]);
  }

  /** "Kilroy-Silk" (folded "kilroysilk") for "Robert Kilroy Silk": the last two words as one. */
  private static boolean isHyphenedSurname(String word, String[] tokens) {
    return tokens.length > 2 && word.equals(tokens[tokens.length - 2] + tokens[tokens.length - 1]);
  }

  private static boolean differInGender(String title, Group g) {
    for (Mention other : g.mentions) {
      if (other.title() != null && Titles.differInGender(title, other.title())) {
        return true;
      }
    }
    return false;
  }

  private static EntityType leadingType(Group g) {
    for (Mention m : g.mentions) {
      if (m.type() != null) {
        return m.type();
      }
    }
    return null;
  }

  private static boolean contains(String[] whole, String[] part) {
    for (int i = 0; i + part.length <= whole.length; i++) {
      if (Arrays.equals(Arrays.copyOfRange(whole, i, i + part.length), part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Votes for the group's type: each mention votes with the name finder's confidence, a title
   * votes for a person, the longest name counts double; a name that ends like a company's ("Inc")
   * is an organisation, all its mentions with it. Returns null for a group with no
   * evidence of being a name at all: proper nouns the name finder ignored, however often written
   * ("Division", "Summary", table headings), are no entity unless they join one it found.
   */
  private static EntityType vote(Group g) {
    Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);
    boolean evidence = false;
    for (Mention m : g.mentions) {
      double weight = m.text().equals(g.name) ? 2.0 : 1.0;
      if (m.title() != null) {
        votes.merge(EntityType.PERSON, weight, Double::sum);
        evidence = true;
      }
      if (m.type() != null) {
        votes.merge(m.type(), weight * Math.max(0.5, m.probability()), Double::sum);
        evidence = true;
      }
    }
    if (!evidence) {
      return null;
    }
    if (isCompany(g)) {
      return EntityType.ORGANIZATION; // "Buckhorn Inc", whatever its headline "BUCKHORN" was taken for
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static final int MIN_MENTIONS_OF_SECOND_TYPE = 2;

  /** A name of two or more words that ends like a company's: "Olin Corp", "Acme Steel Ltd". */
  private static boolean isCompany(Group g) {
    return g.tokens.length > 1 && TypeHints.isCompanyEnd(g.tokens[g.tokens.length - 1]);
  }

  /**
   * One name can stand for two things in one article: a city and its team in a sports report.
   * Mentions the name finder types otherwise than the vote are an entity of their own when it
   * gives that type at least twice and to at least a third of the name's typed mentions; fewer
   * are taken for its mistakes ("US" read once as an organisation among place mentions) and
   * follow the vote, so that one article does not hold one name as two nodes by accident. A
   * company's name is never split so.
   */
  private static Map<EntityType, Group> splitByType(Group g, EntityType voted) {
    if (isCompany(g)) {
      return Map.of(voted, g);
    }
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    int typed = 0;
    for (Mention m : g.mentions) {
      if (m.type() != null && m.title() == null) {
        counts.merge(m.type(), 1, Integer::sum);
        typed++;
      }
    }
    int enough = Math.max(MIN_MENTIONS_OF_SECOND_TYPE, (typed + 2) / 3);
    Map<EntityType, Group> parts = new EnumMap<>(EntityType.class);
    for (Mention m : g.mentions) {
      EntityType own = m.type() != null && m.title() == null && counts.get(m.type()) >= enough ? m.type() : voted;
      Group part = parts.get(own);
      if (part == null) {
        parts.put(own, new Group(m));
      } else {
        part.add(m);
      }
    }
    return parts;
  }

  private static Entity toEntity(Group g, EntityType type) {
    String name = displayName(g);
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> titles = new LinkedHashSet<>();
    for (Mention m : g.mentions) {
      if (!m.text().equals(name)) {
        aliases.add(m.text());
      }
      if (m.title() != null) {
        aliases.add(m.title() + " " + m.text());
        titles.add(titleText(m));
      }
    }
    return new Entity(Keys.entity(type, name), name, type, List.copyOf(aliases), List.copyOf(titles),
        g.mentions.size());
  }

  /**
   * The group's name as the article writes it in running text: an ALL-CAPS name (a wire headline,
   * a dateline) gives way to the same name in mixed case from a mention ("NORDBANK" → "Nordbank").
   * The key does not change: keys fold case.
   */
  private static String displayName(Group g) {
    if (!isAllCaps(g.name)) {
      return g.name;
    }
    for (Mention m : g.mentions) {
      if (m.text().equalsIgnoreCase(g.name) && !isAllCaps(m.text())) {
        return m.text();
      }
    }
    return g.name;
  }

  private static boolean isAllCaps(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isUpperCase(c);
    }
    return letters && text.codePoints().filter(Character::isLetter).count() > 3;
  }

  /** "President of Russia" for "Russian President"; "U.S. President" stays as written. */
  private static String titleText(Mention m) {
    if (m.titleOf() == null) {
      return m.title();
    }
    String place = Demonyms.place(m.titleOf());
    return place == null ? m.titleOf() + " " + m.title() : m.title() + " of " + place;
  }

  static String[] words(String name) {
    String folded = Keys.fold(name);
    return folded.isEmpty() ? new String[0] : folded.split(" ");
  }

  private static String initials(String[] tokens) {
    StringBuilder b = new StringBuilder();
    for (String t : tokens) {
      if (!Acronyms.isMinorWord(t)) {
        b.append(t.charAt(0));
      }
    }
    return b.toString();
  }
}
