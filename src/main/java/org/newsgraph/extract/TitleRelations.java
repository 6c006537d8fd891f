package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * Relations that a title states without a verb: "Russian President Vladimir Putin" says that Putin
 * is president of Russia (PRESIDENT_OF), "Arsenal manager Arsene Wenger" that Wenger manages
 * Arsenal (MANAGER_OF). The body must be named right before the title, or as its possessor
 * ("Apple's chief executive Steve Jobs"), or in an apposition after the person's name ("Steve
 * Jobs, Apple's chief executive,", "Paul Volcker, chairman of the Federal Reserve,").
 *
 * <p>Input: an article's sentences and resolved mentions. Output: relations. Stateless.
 */
final class TitleRelations {

  private static final double CONFIDENCE = 0.85;
  private static final double APPOSITION_CONFIDENCE = 0.8;
  private static final Set<String> PAST_OR_PARTIAL = Set.of(
      "former", "ex", "ex-", "late", "then", "assistant", "deputy", "acting", "interim", "previous", "erstwhile",
      "onetime", "one-time", "retired", "ousted", "deposed");
  /** Words before the body that say the role is not the office itself: "Shadow Europe minister". */
  private static final Set<String> NOT_THE_OFFICE = Set.of("shadow");
  /** Nouns whose "of" before a titled name says the role has ended: "the resignation of BBC chairman X". */
  private static final Set<String> ENDINGS = Set.of("resignation", "retirement", "departure", "dismissal", "sacking",
      "ouster", "removal", "death", "funeral", "assassination");
  /**
   * Words that say what kind of body something is but not which one: "Committee chairman", "Area
   * Manager", "House Subcommittee chairman" name no body a reader could find.
   */
  private static final Set<String> GENERIC_BODIES = Set.of("committee", "subcommittee", "sub-committee", "commission",
      "ministry", "department", "council", "board", "agency", "bureau", "office", "authority", "area", "region",
      "division", "unit", "branch", "panel", "directorate", "secretariat", "group", "company", "firm", "club",
      "party", "government", "administration", "cabinet");
  /** Chambers that, before a generic word, still name no one body: "House Subcommittee", "Senate Committee". */
  private static final Set<String> CHAMBERS = Set.of("house", "senate");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its");
  /** Prepositions that join a title to its body after it: "chairman of", "a spokesman for", "an analyst at". */
  private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "for", "at");
  /** What may follow an apposition: it must close, or it is the start of a longer phrase. */
  private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", ")", "--", "and", "''");

  /** The article's mentions by sentence, then by first token and by end token. */
  private record Index(Map<Integer, Map<Integer, ResolvedMention>> byStart,
      Map<Integer, Map<Integer, ResolvedMention>> byEnd) {
    static Index of(List<ResolvedMention> mentions) {
      Index index = new Index(new HashMap<>(), new HashMap<>());
      for (ResolvedMention rm : mentions) {
        Mention m = rm.mention();
        index.byStart.computeIfAbsent(m.sentence(), k -> new HashMap<>()).putIfAbsent(m.start(), rm);
        index.byEnd.computeIfAbsent(m.sentence(), k -> new HashMap<>()).putIfAbsent(m.end(), rm);
      }
      return index;
    }

    ResolvedMention startingAt(int sentence, int token) {
      return byStart.getOrDefault(sentence, Map.of()).get(token);
    }

    ResolvedMention endingAt(int sentence, int token) {
      return byEnd.getOrDefault(sentence, Map.of()).get(token);
    }
  }

  List<Relation> find(List<AnnotatedSentence> sentences, List<ResolvedMention> mentions, Map<String, Entity> entities) {
    Map<String, Relation> out = new LinkedHashMap<>();
    Index index = Index.of(mentions);
    for (ResolvedMention titled : mentions) {
      Mention m = titled.mention();
      AnnotatedSentence s = sentences.get(m.sentence());
      Entity who = entities.get(titled.entityKey());
      if (m.title() != null) {
        int qualifierEnd = m.start() - m.title().split("\\s+").length;
        ResolvedMention body = m.titleOf() != null ? index.endingAt(m.sentence(), qualifierEnd)
            : qualifierEnd > 1 && s.token(qualifierEnd - 1).pos().equals("POS")
                ? index.endingAt(m.sentence(), qualifierEnd - 1) : null;
        if (body != null && isBody(entities.get(body.entityKey())) && isPresentRole(s, body.mention().start())
            && !isEnded(s, body.mention().start())
            && !isOtherCountrysDepartment(s, body.mention())
            && !(body.mention().length() == 1 && (Titles.isPortfolio(body.mention().text())
                || !s.token(body.mention().start()).pos().startsWith("NNP")))) {
          add(out, s, who, m.title(), s.span(body.mention().start(), m.start()), entities.get(body.entityKey()),
              CONFIDENCE);
        }
      }
      if (who.type() == EntityType.PERSON) {
        apposition(s, m, index, entities, who, out);
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * "Steve Jobs, Apple's chief executive," and "Paul Volcker, chairman of the Federal Reserve,":
   * the role of the person named before the comma.
   */
  private static void apposition(AnnotatedSentence s, Mention m, Index index, Map<String, Entity> entities, Entity who,
      Map<String, Relation> out) {
    int i = m.end();
    if (i + 1 >= s.size() || !s.token(i).text().equals(",")) {
      return;
    }
    i = skipDeterminer(s, i + 1);
    ResolvedMention before = index.startingAt(m.sentence(), i);
    if (before != null) {
      int titleStart = before.mention().end();
      if (titleStart < s.size() && s.token(titleStart).pos().equals("POS")) {
        titleStart++;
      }
      int titleEnd = titleEnd(s, titleStart);
      if (titleEnd > titleStart && closes(s, titleEnd) && isBody(entities.get(before.entityKey()))) {
        add(out, s, who, s.span(titleStart, titleEnd), s.span(i, titleEnd), entities.get(before.entityKey()),
            APPOSITION_CONFIDENCE);
      }
      return;
    }
    int titleEnd = titleEnd(s, i);
    if (titleEnd == i || titleEnd >= s.size()
        || !ROLE_PREPOSITIONS.contains(s.token(titleEnd).text().toLowerCase(Locale.ROOT))) {
      return;
    }
    ResolvedMention after = index.startingAt(m.sentence(), skipDeterminer(s, titleEnd + 1));
    if (after != null && closes(s, after.mention().end()) && isBody(entities.get(after.entityKey()))) {
      add(out, s, who, s.span(i, titleEnd), s.span(i, after.mention().end()), entities.get(after.entityKey()),
          APPOSITION_CONFIDENCE);
    }
  }

  /** The end of the title words from token {@code from}; {@code from} when a word says a past or partial role. */
  private static int titleEnd(AnnotatedSentence s, int from) {
    int i = from;
    while (i < s.size() && Titles.isTitleWord(s.token(i).text())) {
      if (PAST_OR_PARTIAL.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
        return from;
      }
      i++;
    }
    return i;
  }

  private static int skipDeterminer(AnnotatedSentence s, int i) {
    return i < s.size() && DETERMINERS.contains(s.token(i).text().toLowerCase(Locale.ROOT)) ? i + 1 : i;
  }

  private static boolean closes(AnnotatedSentence s, int i) {
    return i >= s.size() || CLOSERS.contains(s.token(i).text().toLowerCase(Locale.ROOT));
  }

  /** Words that, before "General" and the like, are part of the title: "Solicitor General", "Major General". */
  private static final Set<String> TITLE_HEADS = Set.of(
      "solicitor", "surgeon", "postmaster", "paymaster", "quartermaster", "major", "lieutenant", "brigadier",
      "inspector", "auditor", "comptroller", "advocate", "procurator", "registrar");

  private static boolean isBody(Entity e) {
    return (e.type() == EntityType.LOCATION || e.type() == EntityType.ORGANIZATION)
        && !TITLE_HEADS.contains(e.name().toLowerCase(Locale.ROOT));
  }

  /** "Former White House spokesman", "Ex-Labour minister", "Assistant Treasury Secretary": not this role, or not now. */
  private static boolean isPresentRole(AnnotatedSentence s, int bodyStart) {
    // "Former Stone Roses singer": the body's name found without its first words; the word before them counts
    for (int i = bodyStart - 1; i >= 0 && s.token(i).isCapitalised(); i--) {
      String word = s.token(i).text().toLowerCase(Locale.ROOT);
      if (PAST_OR_PARTIAL.contains(word) || NOT_THE_OFFICE.contains(word) || word.startsWith("ex-")) {
        return false;
      }
    }
    String first = s.token(bodyStart).text().toLowerCase(Locale.ROOT);
    return !first.startsWith("ex-") // "Ex-Labour minister"
        && !PAST_OR_PARTIAL.contains(first) // "Former Harwick Bank chairman" read as one name at a sentence's start
        && (bodyStart == 0 || !PAST_OR_PARTIAL.contains(s.token(bodyStart - 1).text().toLowerCase(Locale.ROOT))
            && !NOT_THE_OFFICE.contains(s.token(bodyStart - 1).text().toLowerCase(Locale.ROOT)))
        && !NOT_THE_OFFICE.contains(first); // "Shadow Europe minister": the opposition's spokesman, not the minister
  }

  /**
   * "the resignation of BBC chairman Gavyn Davies": a role the sentence says has ended ("of" after
   * a noun of ending, with "the" or "former" between them skipped).
   */
  private static boolean isEnded(AnnotatedSentence s, int bodyStart) {
    int i = bodyStart - 1;
    while (i >= 0 && DETERMINERS.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
      i--;
    }
    return i > 0 && s.token(i).text().equalsIgnoreCase("of")
        && ENDINGS.contains(s.token(i - 1).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * A body's name that names no body: a generic word alone ("Committee", "Area") or after a chamber
   * or a country ("House Subcommittee", "U.S. Commission"), or a country and a portfolio ("U.S.
   * Energy": the Department of Energy, cut). A demonym before it names one ("European Commission").
   */
  static boolean namesNoBody(String name) {
    String[] words = name.strip().split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    boolean generic = GENERIC_BODIES.contains(last);
    if (!generic && !(Titles.isPortfolio(last) && words.length > 1)) {
      return false;
    }
    for (int i = 0; i < words.length - 1; i++) {
      if (!Demonyms.isPlace(words[i]) && !(generic && CHAMBERS.contains(words[i].toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }

  /** "Argentine Treasury Secretary": another country's treasury than the one the name means. */
  private static boolean isOtherCountrysDepartment(AnnotatedSentence s, Mention body) {
    return body.length() == 1 && Titles.isDepartment(body.text()) && body.start() > 0
        && Demonyms.place(s.token(body.start() - 1).text()) != null;
  }

  private static void add(Map<String, Relation> out, AnnotatedSentence s, Entity who, String title, String text,
      Entity of, double confidence) {
    String role = RelationTypes.role(title);
    if (role == null || who.key().equals(of.key())) {
      return; // "Colonel", "Sir", "Monday": an honorific or a word that is no role
    }
    if (namesNoBody(of.name())) {
      return; // "Committee chairman", "Area Manager", "U.S. Energy Secretary": no body a reader could find
    }
    if ((of.type() == EntityType.LOCATION || Demonyms.isPlace(of.name())) && !Titles.isRoleOfPlace(role)) {
      return; // "Hollywood actor", "Devon singer": where they work or come from, not a role
    }
    String lemma = role + " of";
    Predicate predicate = new Predicate(lemma, "be " + lemma, withoutHonorificAtEnd(text), Predicate.typeOf(lemma), false);
    Relation r = new Relation(s.index(), argument(who), predicate, argument(of), confidence, null, null);
    out.putIfAbsent(s.index() + " " + who.key() + " " + predicate.type() + " " + of.key(), r);
  }

  /** "Manchester United manager Sir" as written before "Alex Ferguson": the role is written without the "Sir". */
  private static String withoutHonorificAtEnd(String text) {
    String kept = text.strip();
    int space = kept.lastIndexOf(' ');
    while (space > 0 && RelationTypes.isHonorific(kept.substring(space + 1))) {
      kept = kept.substring(0, space).strip();
      space = kept.lastIndexOf(' ');
    }
    return kept;
  }

  private static Argument argument(Entity e) {
    return new Argument(e.key(), e.name(), e.type().label());
  }
}
