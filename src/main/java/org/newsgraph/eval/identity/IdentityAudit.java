package org.newsgraph.eval.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A graph's identity problems, from its entities: names that stand as several nodes, single-word
 * people who are the surname of a full-name person, honorifics and descriptors kept in names, and
 * the candidate links between entities. Plain Java over what the graph returns. Stateless.
 */
public final class IdentityAudit {

  /** How many examples each count shows. */
  public static final int EXAMPLES = 5;

  /**
   * One entity node.
   *
   * @param mentions how many mentions point at it
   */
  public record EntityRow(String key, String name, String type, long mentions) {}

  /**
   * One count of the report.
   *
   * @param examples up to {@link #EXAMPLES}, most mentioned first
   */
  public record Finding(String what, int count, List<String> examples) {
    public Finding {
      examples = List.copyOf(examples);
    }
  }

  /**
   * @param entities entity nodes
   * @param splitNames names (folded) that stand as two or more nodes
   * @param splitNodes the nodes of those names
   * @param typeSplits of those names, the ones under two or more types
   * @param typeOnlySplits of those names, the ones written the same and differing only by type
   * @param surnames single-word people that equal the last word of a multi-word person
   * @param oneCandidate of them, those with exactly one such person
   * @param honorifics names that keep an honorific before a name ("Prof Reddy")
   * @param descriptors people whose name keeps a descriptor or title word before it
   * @param candidateLinks MAYBE_SAME_AS relationships
   */
  public record Report(int entities, Finding splitNames, int splitNodes, int typeSplits, int typeOnlySplits,
      Finding surnames, int oneCandidate, Finding honorifics, Finding descriptors, Finding candidateLinks) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Set<String> HONORIFICS = Set.of(
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "baroness", "baron",
      "gen", "rev", "reverend", "fr", "capt", "col", "lt", "sgt", "maj", "adm", "hon", "rt", "insp", "supt", "det");

  /**
   * Words that describe a person rather than name them: titles and roles, parties, offices,
   * professions, nationalities. The extractor keeps its own title words (extract.Titles); these are
   * the audit's, fixed so that the audit does not move with what it audits. A royal or religious
   * style before a given name ("Prince Harry", "King Abdullah", "Pope Benedict") is how the person
   * is named, not a description, and is not counted: without it the name would be another
   * person's ("Charles").
   */
  private static final Set<String> DESCRIPTORS = Set.of(
      "president", "minister", "secretary", "chancellor", "leader",
      "chairman", "chairwoman", "chair", "ceo", "governor", "senator", "sen", "gov", "rep", "congressman",
      "congresswoman", "general", "ambassador", "spokesman", "spokeswoman", "spokesperson", "director",
      "premier", "mayor", "judge", "coach", "manager", "captain", "commander", "envoy", "chief",
      "justice", "lawmaker", "founder", "officer", "adviser", "advisor", "correspondent", "reporter", "editor",
      "vice", "deputy", "prime", "foreign", "former", "acting", "shadow", "treasury", "exchequer", "attorney",
      "surgeon", "sheriff", "detective", "inspector", "comedian", "actor", "actress", "singer", "striker", "midfielder",
      "defender", "goalkeeper", "star", "tory", "labour", "conservative", "liberal", "democrat", "republican",
      "englishman", "frenchman", "scotsman", "welshman", "irishman", "briton");

  private IdentityAudit() {}

  /** @param candidateLinks the MAYBE_SAME_AS links, one line each ("A → B (reason)") */
  public static Report of(List<EntityRow> entities, List<String> candidateLinks) {
    List<EntityRow> byMentions = new ArrayList<>(entities);
    byMentions.sort(Comparator.comparingLong(EntityRow::mentions).reversed().thenComparing(EntityRow::key));

    Map<String, List<EntityRow>> byName = new LinkedHashMap<>();
    byMentions.forEach(e -> byName.computeIfAbsent(fold(e.name()), k -> new ArrayList<>()).add(e));
    List<List<EntityRow>> splits = byName.values().stream().filter(g -> g.size() > 1).toList();
    int typeSplits = (int) splits.stream().filter(g -> g.stream().map(EntityRow::type).distinct().count() > 1).count();
    int typeOnly = (int) splits.stream().filter(g -> g.stream().map(EntityRow::name).distinct().count() == 1
        && g.stream().map(EntityRow::type).distinct().count() == g.size()).count();
    Finding splitNames = new Finding("names that stand as two or more entities", splits.size(),
        splits.stream().limit(EXAMPLES).map(IdentityAudit::describeSplit).toList());

    Map<String, List<EntityRow>> fullNamesBySurname = new TreeMap<>();
    byMentions.stream().filter(e -> isPerson(e) && words(e.name()).length > 1).forEach(e -> fullNamesBySurname
        .computeIfAbsent(fold(lastWord(e.name())), k -> new ArrayList<>()).add(e));
    List<String> surnameExamples = new ArrayList<>();
    int surnames = 0;
    int oneCandidate = 0;
    for (EntityRow e : byMentions) {
      List<EntityRow> full = isPerson(e) && words(e.name()).length == 1 ? fullNamesBySurname.get(fold(e.name())) : null;
      if (full != null) {
        surnames++;
        oneCandidate += full.size() == 1 ? 1 : 0;
        if (surnameExamples.size() < EXAMPLES) {
          surnameExamples.add(e.name() + " (" + e.mentions() + ") → " + String.join(", ",
              full.stream().limit(3).map(f -> f.name() + " (" + f.mentions() + ")").toList())
              + (full.size() > 3 ? ", … " + full.size() + " in all" : ""));
        }
      }
    }
    Finding surnameFinding = new Finding("single-word people who are the last word of a full-name person",
        surnames, surnameExamples);

    List<EntityRow> honorific = byMentions.stream().filter(IdentityAudit::keepsHonorific).toList();
    List<EntityRow> descriptor = byMentions.stream()
        .filter(e -> isPerson(e) && !keepsHonorific(e) && keepsDescriptor(e.name())).toList();
    return new Report(entities.size(), splitNames, splits.stream().mapToInt(List::size).sum(), typeSplits, typeOnly,
        surnameFinding, oneCandidate,
        finding("names that keep an honorific", honorific),
        finding("people whose name keeps a descriptor or title word", descriptor),
        new Finding("candidate links (MAYBE_SAME_AS)", candidateLinks.size(),
            candidateLinks.stream().limit(EXAMPLES).toList()));
  }

  /** Lower case, accents removed, and everything but letters and digits dropped: "Kilroy-Silk" = "kilroy silk". */
  static String fold(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** An honorific before a capitalised word: "Prof Reddy", "Observes Mr Hadi"; not "Lord of the Rings". */
  static boolean keepsHonorific(EntityRow e) {
    String[] w = words(e.name());
    for (int i = 0; i + 1 < w.length; i++) {
      if (HONORIFICS.contains(bare(w[i])) && Character.isUpperCase(w[i + 1].charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Words after a surname that tell apart people of one name ("Jnr", "III"). */
  private static final Set<String> SUFFIXES = Set.of("jr", "jnr", "sr", "snr", "ii", "iii", "iv");

  /**
   * A word before the surname that describes rather than names: "Tory Liam Fox", "U.S. Treasury
   * Secretary James Baker"; the surname is the last word before a suffix ("Martin Luther King Jnr").
   */
  static boolean keepsDescriptor(String name) {
    String[] w = words(name);
    int surname = w.length - 1;
    while (surname > 0 && SUFFIXES.contains(bare(w[surname]))) {
      surname--;
    }
    for (int i = 0; i < surname; i++) {
      if (DESCRIPTORS.contains(bare(w[i]))) {
        return true;
      }
    }
    return false;
  }

  private static Finding finding(String what, List<EntityRow> rows) {
    return new Finding(what, rows.size(),
        rows.stream().limit(EXAMPLES).map(e -> e.name() + " (" + e.type() + ", " + e.mentions() + ")").toList());
  }

  private static String describeSplit(List<EntityRow> group) {
    return String.join(" · ", group.stream().map(e -> e.name() + " (" + e.type() + ", " + e.mentions() + ")").toList());
  }

  private static boolean isPerson(EntityRow e) {
    return "Person".equals(e.type());
  }

  private static String[] words(String name) {
    String s = name.strip();
    return s.isEmpty() ? new String[0] : SPACES.split(s);
  }

  private static String lastWord(String name) {
    String[] w = words(name);
    return w[w.length - 1];
  }

  /** Lower case, without the full stop of an abbreviation: "Dr." → "dr". */
  private static String bare(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
  }
}
