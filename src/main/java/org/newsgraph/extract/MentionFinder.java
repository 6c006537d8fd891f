package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.ner.NameSpan;

/**
 * Finds the names in one annotated sentence: the name finder's spans, plus runs of proper nouns
 * it missed. Titles before a name ("Russian President") become the mention's title, not its name.
 *
 * <p>Input: a sentence with POS tags and name spans. Output: mentions in token order, not
 * overlapping. Stateless and thread-safe.
 */
final class MentionFinder {

  /** Last words of names that go on with a number: "Channel 4", "BBC Radio 4", "Formula 1". */
  private static final Set<String> NUMBERED = Set.of("channel", "radio", "formula", "apollo");
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven");
  private static final Set<String> WEEKDAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final Set<String> CALENDAR = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
      "oct.", "nov.", "dec.", "mid-june", "mid-july", "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov",
      "mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.");

  /**
   * Words of wire-service tables and company names that name nothing on their own: "MLN DLRS",
   * "QTR NET", a lone "Corp" or "Ltd".
   */
  private static final Set<String> WIRE_WORDS = Set.of(
      "mln", "bln", "dlrs", "dlr", "dls", "qtr", "net", "shr", "shrs", "revs", "cts", "pct", "avg", "vs", "oper",
      "corp", "corp.", "inc", "inc.", "co", "co.", "ltd", "ltd.", "plc", "llc", "bhd", "pty");

  /** How much a title or a type hint counts, as if the name finder were this sure. */
  private static final double HINT_CONFIDENCE = 0.95;

  List<Mention> find(AnnotatedSentence s) {
    List<Mention> out = new ArrayList<>();
    boolean[] taken = new boolean[s.size()];
    for (NameSpan span : joinedAtAnd(s, s.names())) {
      EntityType type = EntityType.fromNerType(span.type());
      if (qualifiesTitle(s, span)) {
        continue; // "Russian President": the title's qualifier, which names the person's country
      }
      addSplitAtBrackets(s, span.start(), span.end(), type, span.probability(), taken, out);
    }
    for (int i = 0; i < s.size(); i++) {
      if (taken[i] || !s.token(i).isProperNoun()) {
        continue;
      }
      int j = i;
      while (j < s.size() && !taken[j] && s.token(j).isProperNoun()) {
        j++;
      }
      addMention(s, i, j, null, 0.0, taken, out);
      i = j - 1;
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Last words of an organisation's name that close a name begun before an "and": "… and Rubber Co". */
  private static final Set<String> BODY_ENDS = Set.of("co", "co.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.",
      "plc", "company", "corporation", "committee", "commission", "administration", "association");
  /**
   * Words that pair up around "and" inside one organisation's name: "Tire and Rubber", "Gas and
   * Electric", "Telephone and Telegraph", "Savings and Loan", "Ways and Means", "Food and Drug".
   */
  private static final Set<String> PAIRED_WORDS = Set.of("tire", "rubber", "telephone", "telegraph", "gas", "electric",
      "power", "light", "water", "iron", "steel", "coal", "oil", "chemical", "chemicals", "savings", "loan", "trust",
      "banking", "insurance", "investment", "research", "development", "engineering", "food", "foods", "drug",
      "pulp", "paper", "ways", "means", "mining", "manufacturing", "exploration", "production", "marine", "fire");

  /**
   * The name finder's spans, with an organisation's name that it cut at "and" or "&" made whole
   * again: "Firestone Tire" and "Rubber Co" are "Firestone Tire and Rubber Co", when the words
   * around the "and" pair up in names of this kind and the second part ends like a name of a
   * company or body; "Ford and General Motors Corp" stay two.
   */
  private static List<NameSpan> joinedAtAnd(AnnotatedSentence s, List<NameSpan> spans) {
    List<NameSpan> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      NameSpan a = spans.get(i);
      NameSpan b = i + 1 < spans.size() ? spans.get(i + 1) : null;
      if (b != null && b.start() == a.end() + 1 && b.type().equals("ORG") && !a.type().equals("PER")
          && (Phrases.lower(s, a.end()).equals("and") || Phrases.lower(s, a.end()).equals("&"))
          && BODY_ENDS.contains(Phrases.lower(s, b.end() - 1)) && !BODY_ENDS.contains(Phrases.lower(s, a.end() - 1))
          && PAIRED_WORDS.contains(Phrases.lower(s, a.end() - 1)) && PAIRED_WORDS.contains(Phrases.lower(s, b.start()))) {
        out.add(new NameSpan(a.start(), b.end(), "ORG", Math.min(a.probability(), b.probability())));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * "DPRK [Democratic People's Republic of Korea]" is two names, whatever the name finder says;
   * so is "BBC Mr Howard": a name ends before an honorific that a capitalised word follows.
   */
  private void addSplitAtBrackets(
      AnnotatedSentence s, int from, int to, EntityType type, double prob, boolean[] taken, List<Mention> out) {
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i > start && i < to - 1 && isHonorificBeforeName(s, i)) {
        addMention(s, start, i, type, prob, taken, out);
        start = i;
        type = EntityType.PERSON;
        continue;
      }
      if (i == to || "[]()".contains(s.token(i).text())) {
        if (i > start) {
          addMention(s, start, i, type, prob, taken, out);
        }
        if (i < to) {
          taken[i] = true;
        }
        start = i + 1;
      }
    }
  }

  private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dr", "dr.",
      "professor", "prof", "prof.", "lord", "lady", "baroness", "dame");

  private static boolean isHonorificBeforeName(AnnotatedSentence s, int i) {
    return HONORIFICS.contains(s.token(i).text().toLowerCase(Locale.ROOT)) && s.token(i + 1).isCapitalised();
  }

  /** Party words written before a politician's name: "Tory Liam Fox" is Liam Fox. */
  private static final Set<String> AFFILIATIONS = Set.of("tory", "labour", "conservative", "democrat", "republican",
      "snp", "ukip", "liberal", "lib", "dem", "plaid", "green", "unionist", "socialist");

  private void addMention(
      AnnotatedSentence s, int from, int to, EntityType type, double prob, boolean[] taken, List<Mention> out) {
    int start = from;
    int end = to;
    int spanEnd = to;
    if (type == EntityType.PERSON) {
      // "Tory Liam Fox", "Swede Jonas Bjorkman", "American Andy Roddick": a party or a nationality
      // before a name of two or more words is not part of it
      while (end - start > 2 && (AFFILIATIONS.contains(s.token(start).text().toLowerCase(Locale.ROOT))
          || Demonyms.isNationalityNoun(s.token(start).text()) || Demonyms.place(s.token(start).text()) != null)
          && s.token(start + 1).isCapitalised()) {
        start++;
      }
    }
    if (type == EntityType.PERSON && end - start > 2 && start > 1 && s.token(start - 1).text().equals("of")
        && Titles.isCore(s.token(start - 2).text())) {
      start++; // "Chief of [Staff Donald Regan]", "Secretary of [State George Shultz]": the title's last word
    }
    while (end > start && (isPossessiveOrPunct(s.token(end - 1)) || end - start > 1 && isFunctionWord(s.token(end - 1))
        || end - start > 1 && isLowerCaseVerb(s.token(end - 1)))) {
      // "Rubber Workers the", from a capitals headline: no name ends with "the", "of" or "and";
      // nor with a verb in lower case ("The Lib Dems accuse Mr Blair")
      end--;
    }
    // A title inside the span ("President Donald Trump") or right before it.
    int titleEnd = start;
    while (titleEnd < end - 1 && Titles.isTitleWord(s.token(titleEnd).text())) {
      titleEnd++;
    }
    if (!hasCoreTitle(s, start, titleEnd)) {
      titleEnd = start; // "Finance Ministry State Secretary …": "Finance" opens the ministry's name, not a title
    }
    if (titleEnd == start && type == EntityType.PERSON) {
      titleEnd = titleInside(s, start, end);
    } else if (titleEnd == start && type != null) {
      titleEnd = personAfterTitle(s, start, end);
    }
    int titleStart = titleEnd;
    while (titleStart > 0 && Titles.isTitleWord(s.token(titleStart - 1).text())) {
      titleStart--;
    }
    while (titleStart > 0 && titleStart < titleEnd - 1 && !Titles.isCore(s.token(titleStart).text())
        && NAME_CONNECTORS.contains(s.token(titleStart - 1).text().toLowerCase(Locale.ROOT))) {
      titleStart++; // "Bureau of Trade Director": "Trade" ends the bureau's name
    }
    String title = null;
    String titleOf = null;
    boolean styled = titleEnd == end - 1 && titleEnd - titleStart == 1 && Titles.isStyle(s.token(titleStart).text());
    // "General Motors", "General Mills": a title word before one plural name is a company's name, not a person's.
    // "General Refractories Co" too: a name that ends like a company's is one, and the title word
    // before it that the name finder left out is the first word of its name ("General [Motors Corp]").
    boolean companyEnd = TypeHints.isCompanyEnd(s.token(end - 1).text());
    // "Justice Department", "General Assembly": a title word before one word that says a kind of
    // body is the body's name, not a title and a person
    boolean company = companyEnd
        || titleStart == start && titleEnd == end - 1
            && (s.token(titleEnd).pos().equals("NNPS") || TypeHints.isNameHead(s.token(titleEnd).text()));
    if (company && type == EntityType.PERSON) {
      type = EntityType.ORGANIZATION;
    }
    if (companyEnd && titleStart < start && !taken[titleStart]) {
      start = titleStart;
    }
    if (hasCoreTitle(s, titleStart, titleEnd) && s.token(titleEnd).isCapitalised() && !styled && !company) {
      title = s.span(titleStart, titleEnd);
      int qualifierStart = titleStart > start && type != EntityType.PERSON ? start : qualifierStart(s, titleStart);
      // "told Reuters Finance Secretary Jaime Ongpin …": who was told qualifies no title
      boolean told = qualifierStart > 0 && s.token(qualifierStart - 1).isVerb()
          && s.token(qualifierStart - 1).lemma().equalsIgnoreCase("tell");
      titleOf = qualifierStart < titleStart && !told ? s.span(qualifierStart, titleStart) : null;
      if (!addPlaceOfDemonym(s, qualifierStart, titleStart, taken, out) && titleStart > start) {
        addBodyOfTitle(s, start, titleStart, type, prob, taken, out);
      }
      start = titleEnd;
    } else if (styled) {
      start = Math.min(start, titleStart); // "Prince Charles" is the name, not "Charles"
    }
    while (start < end && CALENDAR.contains(s.token(start).text().toLowerCase(Locale.ROOT))) {
      start++;
    }
    while (end - start > 1 && WEEKDAYS.contains(s.token(end - 1).text().toLowerCase(Locale.ROOT))) {
      end--; // "Maurice Cheeks Saturday" (a month may end a name: "Theresa May")
    }
    if (end == spanEnd && end < s.size() && end > start && NUMBERED.contains(s.token(end - 1).text().toLowerCase(Locale.ROOT))
        && isChannelNumber(s.token(end)) && !taken[end]) {
      end++; // "Channel 4", which the name finder ends at "Channel"
      spanEnd = end;
    }
    if (start >= end || !s.token(start).isCapitalised() && !Character.isDigit(s.token(start).text().charAt(0))
        || isWireNoise(s, start, end) || isCurrencyOfAnAmount(s, start, end)) {
      return;
    }
    if (Titles.isCore(s.token(end - 1).text())
        || Titles.isTitleWordOnly(s.token(end - 1).text()) && (type == null || end - start == 1)) {
      return; // "Mr. President", "Your Excellency": a title alone names no one we can key
    }
    for (int i = Math.min(from, start); i < spanEnd; i++) {
      taken[i] = true;
    }
    EntityType hinted = title != null ? EntityType.PERSON : hint(s, start, end, type);
    if (hinted != null) {
      type = hinted;
      prob = Math.max(prob, HINT_CONFIDENCE);
    }
    out.add(new Mention(s.index(), start, end, s.span(start, end), type, prob, title, titleOf,
        s.token(start).start(), s.token(end - 1).end()));
  }

  private static final Set<String> CURRENCIES = Set.of("euro", "euros", "dollar", "dollars", "pound", "pounds", "yen",
      "yuan", "rouble", "roubles", "ruble", "rubles", "peso", "pesos", "franc", "francs", "rupee", "rupees", "dinar",
      "dinars", "real", "reais", "rand", "won", "lira", "lire", "krona", "kronor", "krone", "kroner", "ecus", "ecu");

  /** "3.35m Euros", "500 million Yen": the currency of an amount, not a name. */
  private static boolean isCurrencyOfAnAmount(AnnotatedSentence s, int start, int end) {
    return end - start == 1 && start > 0
        && (s.token(start - 1).pos().equals("CD") || Character.isDigit(s.token(start - 1).text().charAt(0))
            || s.token(start - 1).text().equalsIgnoreCase("million") || s.token(start - 1).text().equalsIgnoreCase("billion"))
        && CURRENCIES.contains(s.token(start).text().toLowerCase(Locale.ROOT));
  }

  /** "4", "1", "Four", "Five": a channel's, station's or racing class's number. */
  private static boolean isChannelNumber(Token t) {
    String w = t.text();
    return w.matches("\\d{1,2}") || t.isCapitalised() && NUMBER_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * Where the name starts in a person's span that opens with a qualified title ("U.S. Treasury
   * Secretary James Baker", "Tory MP Liam Fox" → after the last title word that is followed by a
   * capitalised word); {@code start} when there is none within the first four words.
   */
  private static int titleInside(AnnotatedSentence s, int start, int end) {
    for (int k = Math.min(end - 2, start + 4); k > start; k--) {
      if (Titles.isCore(s.token(k).text()) && s.token(k + 1).isCapitalised()) {
        for (int i = start; i < k; i++) {
          if (!s.token(i).isCapitalised()) {
            return start;
          }
        }
        return k + 1;
      }
    }
    return start;
  }

  /** Words that join the words of an organisation's name: "Bureau of Investigation", "Marks and Spencer". */
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "and", "&", "for", "the", "de");

  /**
   * Where the person's name starts in an organisation's or place's span that runs on through a
   * title into a name ("Federal Reserve Board Chairman Paul Volcker", "Federal Bureau of
   * Investigation Director William Webster"): after a core title word that two or more capitalised
   * words follow, none of them a title word, within the first seven words, with capitalised words
   * (or connectors such as "of") before it; {@code start} when there is none. Unlike a person's
   * span, the name after the title must have two words ("General Motors", "Chief Executive
   * Officer Group" stay whole), or one after a title that a department or country qualifies
   * ("Treasury Secretary Baker", see {@link #isSurnameAfterQualifiedTitle}).
   */
  private static int personAfterTitle(AnnotatedSentence s, int start, int end) {
    for (int k = Math.min(end - 2, start + 6); k > start; k--) {
      if (!Titles.isCore(s.token(k).text()) || !s.token(k).isCapitalised()
          || k == end - 2 && !isSurnameAfterQualifiedTitle(s, start, k)) {
        continue;
      }
      int name = k + 1;
      while (name < end - 2 && Titles.isDescriptor(s.token(name).text()) && s.token(name).isCapitalised()) {
        name++; // "SEC Chief Accountant Clarence Sampson": a title of two words
      }
      for (int i = name; i < end; i++) {
        Token t = s.token(i);
        if (!t.isCapitalised() || Titles.isTitleWord(t.text()) || WIRE_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
          return start;
        }
      }
      for (int i = start; i < k; i++) {
        Token t = s.token(i);
        if (!t.isCapitalised() && (i == start || !NAME_CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT)))) {
          return start;
        }
      }
      return name;
    }
    return start;
  }

  /**
   * "Treasury Secretary Baker", "US President Bush": one word after a title is a surname when a
   * department or a country qualifies the title, and the word is neither a given name (the name
   * finder cut "US President George" from "George W Bush") nor says a kind of body or place.
   * Other words before a title are often a name of which the title word is part ("Criminal
   * Justice Bill", "Ryman Premier League").
   */
  private static boolean isSurnameAfterQualifiedTitle(AnnotatedSentence s, int start, int title) {
    Token last = s.token(title + 1);
    if (!last.pos().equals("NNP") || TypeHints.isNameHead(last.text()) || GivenNames.isGivenName(last.text())) {
      return false;
    }
    String qualifier = s.token(title - 1).text();
    return title > start && (Titles.isDepartment(qualifier) || Demonyms.isPlace(qualifier)
        || Demonyms.place(qualifier) != null);
  }

  /**
   * The organisation whose title a name in its span carries ("Federal Reserve Board" of "Federal
   * Reserve Board Chairman Paul Volcker", "U.S. Treasury" of "U.S. Treasury Secretary James
   * Baker"), as a mention of its own; a lone department word ("Agriculture Secretary") is part of
   * the title, not a name.
   */
  private void addBodyOfTitle(
      AnnotatedSentence s, int from, int to, EntityType type, double prob, boolean[] taken, List<Mention> out) {
    int end = to;
    while (end > from && NAME_CONNECTORS.contains(s.token(end - 1).text().toLowerCase(Locale.ROOT))) {
      end--;
    }
    if (end == from || end - from == 1 && Titles.isDepartment(s.token(from).text())) {
      return;
    }
    EntityType bodyType = type == EntityType.LOCATION ? EntityType.LOCATION : EntityType.ORGANIZATION;
    addMention(s, from, end, bodyType, prob, taken, out);
  }

  private static EntityType hint(AnnotatedSentence s, int start, int end, EntityType found) {
    EntityType byHead = end - start > 1 ? TypeHints.fromHead(s.token(end - 1).text(), found) : null;
    for (int i = start; byHead == null && i + 1 < end; i++) {
      byHead = TypeHints.fromStateWord(s.token(i).text(), s.token(i + 1).text());
    }
    if (byHead != null) {
      return byHead;
    }
    return start == 0 ? null : TypeHints.fromNounBefore(s.token(start - 1).text(), s.token(start - 1).pos());
  }

  private static boolean hasCoreTitle(AnnotatedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Titles.isLeadingTitle(s.token(i).text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerCaseVerb(Token t) {
    return t.pos().startsWith("VB") && Character.isLowerCase(t.text().charAt(0));
  }

  /** Start of the capitalised words right before a title: "Russian", "U.S.", "North Korean". */
  private static int qualifierStart(AnnotatedSentence s, int titleStart) {
    int i = titleStart;
    while (i > 0 && s.token(i - 1).isCapitalised()
        && (s.token(i - 1).isProperNoun() || s.token(i - 1).pos().startsWith("JJ")) && !isDate(s, i - 1, titleStart)) {
      i--;
    }
    return i;
  }

  /**
   * "On Thursday Mr Berg", "October Tory leader": a day or month before a title says when, not
   * whose; "Sheffield Wednesday manager" (after another name) and "Sunday Telegraph journalist"
   * (a Sunday paper) are names.
   */
  private static boolean isDate(AnnotatedSentence s, int i, int titleStart) {
    String word = s.token(i).text().toLowerCase(Locale.ROOT);
    return CALENDAR.contains(word) && !(i > 0 && s.token(i - 1).isProperNoun() && s.token(i - 1).isCapitalised())
        && !(word.equals("sunday") && i + 1 < titleStart);
  }

  /** "Russian President": the adjective names Russia, which is mentioned here as a place. */
  private static boolean addPlaceOfDemonym(AnnotatedSentence s, int from, int to, boolean[] taken, List<Mention> out) {
    String place = from < to ? Demonyms.place(s.span(from, to)) : null;
    if (place == null) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return true;
      }
    }
    for (int i = from; i < to; i++) {
      taken[i] = true;
    }
    out.add(new Mention(s.index(), from, to, place, EntityType.LOCATION, HINT_CONFIDENCE, null, null,
        s.token(from).start(), s.token(to - 1).end()));
    return true;
  }

  /**
   * A nationality right before a title ("Russian President", "Chinese Deputy Premier") qualifies the
   * title and names the person's country; before a word that only sometimes belongs to a title
   * ("Spanish first division") it does not, nor does a name that is no nationality ("Democratic").
   */
  private static boolean qualifiesTitle(AnnotatedSentence s, NameSpan span) {
    if (!isModifierOnly(s, span) || Demonyms.place(s.span(span.start(), span.end())) == null) {
      return false;
    }
    for (int i = span.end(); i < s.size() && Titles.isTitleWord(s.token(i).text()); i++) {
      if (Titles.isCore(s.token(i).text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isModifierOnly(AnnotatedSentence s, NameSpan span) {
    for (int i = span.start(); i < span.end(); i++) {
      String pos = s.token(i).pos();
      if (!pos.startsWith("JJ") && !pos.startsWith("NNP")) {
        return false;
      }
    }
    return true;
  }

  /** A ticker ("<XYZ>") or only words of {@link #WIRE_WORDS}. */
  private static boolean isWireNoise(AnnotatedSentence s, int start, int end) {
    boolean ticker = start > 0 && s.token(start - 1).text().equals("<") || s.token(start).text().startsWith("<")
        || s.token(end - 1).text().endsWith(">") || end < s.size() && s.token(end).text().equals(">");
    if (ticker) {
      return true;
    }
    for (int i = start; i < end; i++) {
      if (!WIRE_WORDS.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFunctionWord(Token t) {
    String p = t.pos();
    return (p.equals("DT") || p.equals("IN") || p.equals("CC") || p.equals("TO")) && !t.isCapitalised();
  }

  private static boolean isPossessiveOrPunct(Token t) {
    return t.pos().equals("POS") || t.text().chars().noneMatch(Character::isLetterOrDigit);
  }
}
