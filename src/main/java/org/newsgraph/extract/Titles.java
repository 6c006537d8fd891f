package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Words that give a person a role ("President", "State Secretary", "leader"): they are kept as the
 * person's title, not as part of the name.
 */
final class Titles {

  private static final Set<String> CORE = Set.of(
      "president", "minister", "secretary", "chancellor", "king", "queen", "prince", "princess",
      "leader", "chairman", "chairwoman", "chair", "ceo", "governor", "senator", "sen.", "gov.",
      "rep.", "congressman", "congresswoman", "general", "gen.", "mr.", "mrs.", "ms.", "dr.", "mr",
      "mrs", "ms", "dr", "pope", "ambassador", "spokesman", "spokeswoman", "spokesperson",
      "director", "premier", "mayor", "judge", "emperor", "sheikh", "sir", "dame", "lord",
      "coach", "manager", "captain", "commander", "envoy", "chief", "justice", "lawmaker",
      "founder", "officer", "adviser", "advisor", "correspondent", "reporter", "editor", "excellency",
      "majesty", "highness", "honor", "honour", "prof", "prof.", "professor", "baroness", "gen", "col", "col.",
      "lt", "lt.", "sgt", "sgt.", "capt", "capt.", "rev", "rev.", "reverend", "archbishop", "rabbi", "imam", "det",
      "supt", "insp", "cllr", "miss", "exchequer", "mp", "mp.", "mep", "msp");

  /**
   * What someone is, written before the name like a title ("Comedian Ellen Park", "Striker Ivo
   * Lang", "Bishop Tutu"). Many are also surnames ("John Bishop", "Bryan Singer"), so unlike the
   * core titles they are a title only before a name, never the end of one.
   */
  private static final Set<String> DESCRIPTORS = Set.of(
      "baron", "lady", "bishop", "cardinal", "actor", "actress", "comedian", "singer", "songwriter", "rapper",
      "striker", "midfielder", "defender", "goalkeeper", "winger", "quarterback", "pitcher", "businessman",
      "businesswoman", "tycoon", "billionaire", "author", "novelist", "writer", "producer", "journalist",
      "columnist", "presenter", "chef", "designer", "musician", "guitarist", "drummer", "veteran", "rookie",
      "lawyer", "surgeon", "scientist", "economist", "analyst", "historian", "activist", "campaigner", "boxer",
      "golfer", "cyclist", "jockey", "skipper", "batsman", "bowler", "englishman", "englishwoman", "frenchman",
      "scotsman", "welshman", "irishman", "dutchman", "warship", "teammate", "accountant", "statistician",
      "engineer", "counsel");

  /**
   * Styles that name a person together with a single given name ("Prince Charles", "Pope
   * Benedict"): the style stays in the name, which would otherwise be a first name alone.
   */
  private static final Set<String> STYLES = Set.of(
      "king", "queen", "prince", "princess", "pope", "emperor", "empress", "sheikh", "duke", "duchess");

  /** Honorifics that say a person is a woman, and those that say a man. */
  private static final Set<String> FEMALE = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "baroness",
      "queen", "princess", "duchess", "empress");
  private static final Set<String> MALE = Set.of("mr", "mr.", "sir", "lord", "baron", "king", "prince", "duke",
      "emperor");

  /** Words that form a title only together with a core word: "Prime Minister", "State Secretary". */
  private static final Set<String> MODIFIERS = Set.of(
      "vice", "deputy", "prime", "foreign", "state", "supreme", "defense", "defence", "finance",
      "trade", "interior", "executive", "former", "acting", "first", "opposition", "party",
      "senior", "top", "chief", "general", "attorney", "national", "security", "press", "shadow", "assistant",
      "associate");

  /**
   * Areas of government that, alone before a title, are part of it ("Agriculture Secretary",
   * "Treasury Secretary", "Foreign Minister"), not a body of their own.
   */
  private static final Set<String> DEPARTMENTS = Set.of(
      "agriculture", "treasury", "finance", "foreign", "defence", "defense", "interior", "home", "trade", "commerce",
      "energy", "health", "education", "labor", "labour", "justice", "transport", "transportation", "environment",
      "culture", "industry", "economy", "economics", "housing", "immigration", "employment", "sports", "sport",
      "information", "communications", "oil", "petroleum", "mines", "planning", "budget", "fisheries", "tourism",
      "steel", "power", "coal", "mining", "science", "technology", "development", "welfare", "aviation",
      "telecommunications", "forestry", "water", "works");

  private Titles() {}

  /** Descriptors that are a player's position: "Ireland winger" plays for Ireland's team. */
  private static final Set<String> POSITIONS = Set.of(
      "striker", "midfielder", "defender", "goalkeeper", "winger", "quarterback", "pitcher", "skipper", "batsman",
      "bowler", "teammate");

  /** Roles that a country, region or city holds: offices of state, its courts, its teams. */
  private static final Set<String> PLACE_ROLES = Set.of(
      "president", "minister", "secretary", "chancellor", "king", "queen", "prince", "princess", "leader", "governor",
      "senator", "congressman", "congresswoman", "general", "pope", "ambassador", "premier", "mayor", "judge",
      "emperor", "sheikh", "coach", "manager", "captain", "commander", "envoy", "chief", "justice", "lawmaker",
      "exchequer", "officer", "mp", "mep", "msp");

  /**
   * True when the title is a role a place can hold: an office ("President", "Finance Minister"),
   * a court's or a team's role ("Texas Judge", "England coach") or a player's position ("Ireland
   * winger"); "Hollywood actor", "Dutch director" or "US lawyer" say where someone comes from or
   * works.
   */
  static boolean isRoleOfPlace(String title) {
    String[] words = title.toLowerCase(Locale.ROOT).split("[\\s_-]+");
    String last = words[words.length - 1];
    return PLACE_ROLES.contains(last) || POSITIONS.contains(last);
  }

  /** True for an area of government that is part of a title written before it ("Agriculture Secretary"). */
  static boolean isDepartment(String word) {
    return DEPARTMENTS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * True for an area of government that is no body by its one word ("Steel Minister", "Health
   * Secretary"); the Treasury is one ("Treasury Secretary James Baker").
   */
  static boolean isPortfolio(String word) {
    return isDepartment(word) && !word.equalsIgnoreCase("treasury");
  }

  static boolean isCore(String word) {
    return CORE.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "Sir John", "Dame Judi": honorifics written before the given name, not the surname. */
  static boolean goesWithGivenName(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    return t.equals("sir") || t.equals("dame") || t.endsWith(" sir") || t.endsWith(" dame");
  }

  static boolean isStyle(String word) {
    return STYLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True for an honorific that says a woman ("Mrs", "Lady"). */
  static boolean isFemale(String word) {
    return FEMALE.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True for an honorific that says a man ("Mr", "Sir"). */
  static boolean isMale(String word) {
    return MALE.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when two titles cannot be the same person's: "Mrs" and "Mr", "Lady" and "Sir". */
  static boolean differInGender(String title, String other) {
    String a = lastWord(title);
    String b = lastWord(other);
    return FEMALE.contains(a) && MALE.contains(b) || MALE.contains(a) && FEMALE.contains(b);
  }

  private static String lastWord(String title) {
    String t = title.strip().toLowerCase(Locale.ROOT);
    return t.substring(t.lastIndexOf(' ') + 1);
  }

  /** A word that makes what comes before a name a title: a core title or a descriptor. */
  static boolean isLeadingTitle(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CORE.contains(w) || DESCRIPTORS.contains(w);
  }

  /** A word that says what someone is, a title only before a name: "Economist", "Accountant". */
  static boolean isDescriptor(String word) {
    return DESCRIPTORS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A word of a title before a name: core, modifier or descriptor. */
  static boolean isTitleWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CORE.contains(w) || MODIFIERS.contains(w) || DESCRIPTORS.contains(w);
  }

  /** A word of a title that is never a name's last word: core or modifier. */
  static boolean isTitleWordOnly(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CORE.contains(w) || MODIFIERS.contains(w);
  }
}
