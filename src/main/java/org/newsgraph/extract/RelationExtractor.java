package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Subject–verb–object relations from chunks: for each verb group outside quotations, the noun
 * phrase before it (through relative pronouns, appositions and shared subjects of "and") is the
 * subject; a noun phrase right after it, or after a preposition that then joins the predicate
 * ("met with"), is the object; later "in"/"on" phrases give place and date. Passive verb groups
 * with a "by" agent are turned around. Subjects must be named entities (or pronouns resolved to
 * them); objects are entities or concepts.
 *
 * <p>Input: a {@link SentenceContext}. Output: relations. Stateless and thread-safe.
 */
final class RelationExtractor {

  static final Set<String> REPORTING = Set.of(
      "say", "tell", "state", "add", "note", "claim", "report", "write", "announce", "suggest", "believe", "think");
  /** Words chunked as prepositions that open a clause: the noun phrase after them is its subject. */
  private static final Set<String> CLAUSE_OPENERS = Set.of(
      "after", "before", "since", "until", "as", "because", "while", "although", "though", "if", "unless", "when",
      "once", "whereas", "so", "than", "whether");
  /** Verbs that, elsewhere in the sentence, make a relation reported ("…, officials said"). */
  private static final Set<String> REPORTED_BY = Set.of(
      "say", "tell", "state", "add", "note", "claim", "report", "write", "announce", "suggest", "believe", "think",
      "insist", "argue", "admit", "confirm", "reveal", "explain", "predict", "allege", "quote", "indicate",
      "understand",
      "learn", "speculate", "estimate", "assert", "contend", "acknowledge");


  /** Gerunds followed by a clause, whose subject the next noun phrase is: "saying Marvel shut him out". */
  private static final Set<String> CLAUSE_GERUNDS = Stream.concat(REPORTED_BY.stream(),
      Stream.of("point", "know", "warn", "fear", "hope", "show", "mean", "realise", "realize", "find", "feel"))
      .collect(Collectors.toUnmodifiableSet());

  /** Verbs that take a clause without "that": the noun phrases after them may be its subjects. */
  private static final Set<String> CLAUSE_VERBS = Stream.concat(CLAUSE_GERUNDS.stream(),
      Stream.of("deny", "accept", "ensure", "suspect", "doubt", "reckon", "assume", "recognise", "recognize", "hear",
          "expect", "wish", "prove", "demonstrate", "agree", "decide", "suppose", "guarantee"))
      .collect(Collectors.toUnmodifiableSet());

  /** Adverbs that open an infinitive after "to": "offered to either buy", "agreed to jointly develop". */
  private static final Set<String> INFINITIVE_ADVERBS = Set.of("either", "also", "not", "jointly", "then", "further",
      "eventually", "only", "fully", "immediately");

  /** Adverbs that, right after a verb, make a phrasal verb with it ("go back", "pull out"). */
  static final Set<String> PARTICLES = Set.of(
      "up", "down", "out", "off", "back", "away", "over", "ahead", "forward", "along", "around", "through", "aside",
      "apart", "together");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near");
  /** Nouns of time that may follow an object without being qualified by it: "met Blair tonight". */
  private static final Set<String> TIME_NOUNS = Set.of("tonight", "week", "weekend", "month", "year", "season",
      "time", "morning", "afternoon", "evening", "night", "day", "days", "weeks", "months", "years");
  /** Particles that may follow a verb's object: "sent him away", "put Liverpool ahead". */
  private static final Set<String> SPLIT_PARTICLES = Set.of("up", "down", "out", "off", "back", "away", "ahead");
  /** Holidays, which after a preposition say when: "asked in the New Year", "returned after Christmas". */
  private static final Set<String> HOLIDAYS = Set.of("new year", "christmas", "easter", "ramadan", "thanksgiving",
      "hanukkah", "diwali", "eid", "halloween", "new year's eve", "new year's day", "christmas day", "christmas eve",
      "boxing day", "passover", "lent");
  /**
   * Words the chunker puts in a preposition's place that open a clause or say when ("ensure that
   * Volcker will not be offered", "investigating whether Sugarman …", "has not played since last
   * year's French Open"): the noun phrase after them is never the verb's object.
   */
  private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("that", "whether", "if", "because", "although",
      "though", "unless", "whereas", "while", "once", "since", "until", "till");
  /** Prepositions whose phrase is never what a verb acts on: circumstances, exceptions, examples. */
  private static final Set<String> NO_ARGUMENT = Set.of("despite", "amid", "amidst", "unlike", "except", "besides",
      "including", "excluding", "notwithstanding", "plus", "alongside");
  /** Verbs whose "in" or "at" phrase is what they are about: being, staying or putting money somewhere. */
  private static final Set<String> LOCATIVE = Set.of(
      "arrive", "stay", "settle", "live", "reside", "remain", "invest", "operate", "base", "land", "study", "work",
      "hide", "shelter", "grow", "locate", "stop", "visit", "station", "deploy", "detain", "jail", "imprison");
  /** Verbs whose "on" is part of what they say ("called on the FA", "relies on Solaris"); elsewhere "on" says when. */
  private static final Set<String> ON_VERBS = Set.of("call", "take", "rely", "depend", "focus", "concentrate", "insist",
      "comment", "agree", "vote", "decide", "impose", "spend", "build", "draw", "count", "crack", "reflect", "embark",
      "prey", "dwell", "capitalise", "capitalize", "elaborate", "frown", "lean", "bet", "gamble", "pin", "blame",
      "send", "bring");
  /** Prepositions that a relationship's type keeps after its verb (see {@link #keepsPreposition}). */
  private static final Set<String> TYPE_PREPOSITIONS = Set.of(
      "to", "from", "against", "for", "with", "into", "onto", "past", "through", "about", "over", "under", "toward",
      "towards", "across", "behind", "without", "as", "upon", "between", "among");
  /** Verbs of prices and shares, whose preposition says where they moved ("closed on", "rose in"). */
  private static final Set<String> MARKET_MOVES = Set.of(
      "close", "open", "trade", "finish", "end", "rise", "fall", "gain", "climb", "drop", "slip", "edge", "jump",
      "surge", "slide", "tumble", "ease", "firm", "dip");
  /** Verbs of expecting or wanting, whose object is followed by what is expected of it ("expected Sony to sell"). */
  private static final Set<String> EXPECTING = Set.of(
      "expect", "want", "need", "like", "prefer", "wish", "look", "wait", "count", "predict", "forecast", "see");
  /** A match's score, "2-0". */
  private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d{1,3}-\\d{1,3}");
  private static final Set<String> DATE_WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today", "yesterday", "tomorrow", "mid-june", "mid-july");

  /** Words before "did" that make it stand for the verb before it, its subject after it: "and nor did Reagan". */
  private static final Set<String> ELLIPSIS_OPENERS = Set.of("so", "nor", "neither", "as", "than");
  /**
   * Verbs of giving whose first object, before a second noun phrase, is who receives ("gave
   * Liverpool the lead", "sold Acme the rights"): the relation to it is the verb with "to".
   */
  private static final Set<String> GIVING = Set.of("give", "grant", "sell", "offer", "hand", "award", "send", "pay",
      "lend", "loan", "owe", "promise");

  /** How many tokens may stand between a closing quotation mark and its verb: "…,” the minister said. */
  private static final int QUOTE_DISTANCE = 6;

  private final PredicateLexicon lexicon;

  RelationExtractor(PredicateLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The subject's arguments, a confidence adjustment, and whether it stood before an aside. */
  private record Subject(List<Argument> args, double bonus, boolean beforeAside) {
    Subject(List<Argument> args, double bonus) {
      this(args, bonus, false);
    }
  }

  List<Relation> extract(SentenceContext ctx) {
    List<Relation> out = new ArrayList<>();
    List<Chunk> chunks = ctx.chunks();
    Subject previous = null;
    for (int c = 0; c < chunks.size(); c++) {
      Chunk vp = chunks.get(c);
      if (!vp.is("VP") || ctx.inQuote()[vp.start()]) {
        continue;
      }
      if (ctx.sentence().token(vp.start()).pos().equals("TO")) {
        continue; // "asked China to help": an infinitive is wanted or asked for, not stated as done
      }
      if (ctx.entityAt()[vp.start()] != null) {
        continue; // "American Can Packaging Inc": words of a name the tagger read as verbs
      }
      if (isElidedVerb(ctx.sentence(), vp)) {
        continue; // "and nor did President Reagan": the name is the subject of the verb "did" stands for
      }
      VerbGroup verb = VerbGroup.read(ctx.sentence(), vp, lexicon);
      if (verb == null) {
        continue;
      }
      Subject subject = findSubject(ctx, c, previous);
      previous = subject;
      if (subject == null) {
        continue;
      }
      if (REPORTING.contains(verb.lemma())) {
        addReported(ctx, c, verb, subject, out);
        continue;
      }
      if (verb.passive() && verb.end() - verb.start() == 1 && !isNamedRightBefore(ctx, c)) {
        continue; // "a statement read by Marlin Fitzwater": a participle after a phrase that names no one
      }
      if (verb.bareParticiple() && !subject.beforeAside()) {
        continue; // "soldiers killed in the war": a participle, not a clause of its own
      }
      addRelations(ctx, c, verb, subject, out);
    }
    return out;
  }

  private void addRelations(SentenceContext ctx, int c, VerbGroup verb, Subject subject, List<Relation> out) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    int k = skipQuotes(ctx, c + 1);
    String particle = "";
    if (k < chunks.size() && isParticle(s, chunks.get(k))) {
      particle = " " + s.span(chunks.get(k).start(), chunks.get(k).end()).toLowerCase(Locale.ROOT);
      k = skipQuotesAndAdverbs(ctx, k + 1);
    } else {
      k = skipQuotesAndAdverbs(ctx, k);
    }
    String preposition = "";
    if (k + 1 < chunks.size() && chunks.get(k).is("PP") && chunks.get(k + 1).is("NP")) {
      if (s.token(chunks.get(k).end() - 1).pos().equals("TO")
          && INFINITIVE_ADVERBS.contains(Phrases.lower(s, chunks.get(k + 1).start()))) {
        return; // "offered to either buy US Air": an infinitive the chunker took for a preposition
      }
      String opener = Phrases.lower(s, chunks.get(k).start());
      if (CLAUSE_PREPOSITIONS.contains(opener) || opener.equals("as") && clauseThroughAside(ctx, k + 1)) {
        return; // "tried to ensure that Volcker …", "was speaking as Sir Digby Jones, CBI director general, warned"
      }
      if (verb.lemma().equals("do") && particle.isEmpty()) {
        return; // "as he has now done at Wolves", "does not do well at the box office": "do" stands for another verb
      }
      preposition = " " + s.token(chunks.get(k).end() - 1).lemma();
      if (NO_ARGUMENT.contains(preposition.strip().toLowerCase(Locale.ROOT))) {
        return; // "manages to hold despite Roddick's pressure": what it happens despite is no object
      }
      k++;
    }
    if (k >= chunks.size() || !chunks.get(k).is("NP") || isCompoundNoun(ctx, c, k)
        || startsClause(ctx, Phrases.chunkAt(chunks, acrossName(ctx, chunks.get(k)).end() - 1))) {
      return; // "blocked before Arjan de Zeeuw cleared": the name (across "de") has its own verb
    }
    if (preposition.isEmpty() && CLAUSE_VERBS.contains(verb.lemma())
        && startsClause(ctx, lastConjunct(ctx, Phrases.chunkAt(chunks, acrossName(ctx, chunks.get(k)).end() - 1)))) {
      return; // "argued Mr Blair and Mr Brown could work together": the names are the subjects of what he argued
    }
    Chunk objectPhrase = possessed(s, chunks, k);
    if (objectPhrase == null || verb.lemma().equals("act") && preposition.isEmpty() && particle.isEmpty()) {
      return; // "US act Scissor Sisters": "act" takes no object; there it is a noun
    }
    int objectEnd = Phrases.chunkAt(chunks, objectPhrase.end() - 1);
    if (objectEnd > k && startsClause(ctx, objectEnd)) {
      return; // "hopes Arsenal's Thierry Henry will be named": the possessed phrase has its own verb
    }
    if (particle.isEmpty() && preposition.isEmpty()) {
      if (s.token(objectPhrase.start()).pos().equals("RP") && objectPhrase.end() - objectPhrase.start() > 1) {
        // "take on Barcelona", "took over Atomstroieksport": the chunker put the particle in the object
        particle = " " + Phrases.lower(s, objectPhrase.start());
        objectPhrase = new Chunk("NP", objectPhrase.start() + 1, objectPhrase.end());
      } else if (objectPhrase.end() - objectPhrase.start() > 1 && s.token(objectPhrase.end() - 1).pos().equals("RB")
          && SPLIT_PARTICLES.contains(Phrases.lower(s, objectPhrase.end() - 1))) {
        // "prodded [United ahead]": the chunker put the particle in the object
        particle = " " + Phrases.lower(s, objectPhrase.end() - 1);
        objectPhrase = new Chunk("NP", objectPhrase.start(), objectPhrase.end() - 1);
      } else {
        particle = particleAfter(ctx, objectEnd); // "sent Dair away", "tapped him up", "shut him out of"
      }
    }
    int afterObject = skipQuotes(ctx, objectEnd + 1);
    boolean toReceiver = particle.isEmpty() && preposition.isEmpty() && isReceiver(ctx, verb, objectPhrase, afterObject);
    if (afterObject < chunks.size() && particle.isEmpty() && !toReceiver
        && ctx.entityAt()[objectPhrase.end() - 1] != null) {
      if (startsWithCommonNoun(s, chunks.get(afterObject))) {
        // "admits [US] [slavery links]", "plays a New York "date doctor"": the chunker split the phrase;
        // the name qualifies the noun after it
        objectPhrase = new Chunk("NP", objectPhrase.start(), chunks.get(afterObject).end());
      } else if (isGerundBeforeNoun(ctx, objectPhrase, afterObject)) {
        // "lost [his Ospreys] [starting] [place]": the name qualifies the noun the gerund qualifies
        objectPhrase = new Chunk("NP", objectPhrase.start(), chunks.get(afterObject + 1).end());
      } else if (isLastWordReadAsVerb(ctx, afterObject)) {
        return; // "McCall earns Tannadice reprieve": the name qualifies a noun the tagger read as a verb
      }
    }
    if (isQuantityOfName(ctx, objectPhrase)) {
      return; // "bought 25,000 tonnes U.S. corn", "plans 200 mln H.K. dlr CD": the name says whose or what kind
    }
    objectPhrase = acrossName(ctx, objectPhrase);
    int nameEnd = Phrases.chunkAt(chunks, objectPhrase.end() - 1);
    if (nameEnd > k && nameEnd + 1 < chunks.size() && chunks.get(nameEnd + 1).is("NP")
        && s.token(chunks.get(nameEnd + 1).start()).pos().equals("POS")) {
      // "estimated [the Bank] of [Ceylon] ['s net profits]": the possessor's name runs across "of"
      objectPhrase = possessed(s, chunks, nameEnd);
      if (objectPhrase == null) {
        return;
      }
    }
    List<Argument> objects = new ArrayList<>(arguments(ctx, objectPhrase, true));
    if (!preposition.isEmpty()) {
      objects.removeIf(o -> HOLIDAYS.contains(o.name().toLowerCase(Locale.ROOT))); // "asked in the New Year": a time
    }
    if (objects.isEmpty() || isPlaceOnly(verb, particle, preposition, objects) || isJoinedInDoing(ctx, verb, objectEnd)
        || isExpectationAbout(ctx, verb, preposition, objectPhrase)
        || preposition.isEmpty() && particle.isEmpty() && isMadeSomething(ctx, verb, objectPhrase)) {
      return;
    }
    String date = null;
    String place = null;
    for (int q = k + 1; q + 1 < chunks.size() && !chunks.get(q).is("VP") && !chunks.get(q).is("SBAR"); q++) {
      if (!chunks.get(q).is("PP") || !chunks.get(q + 1).is("NP")) {
        continue;
      }
      Chunk np = chunks.get(q + 1);
      String prep = s.token(chunks.get(q).start()).lemma();
      if (date == null && isDate(s, np)) {
        date = s.span(np.start(), np.end());
      } else if (place == null && PLACE_PREPOSITIONS.contains(prep)) {
        place = placeIn(ctx, np);
      }
    }
    String verbLemmas = verb.chain() + particle + preposition;
    String text = s.span(verb.start(), verb.end()) + particle + preposition;
    // "went back on a pledge": with a particle, the preposition belongs to the verb (GO_BACK_ON).
    // A synonym's group holds the verb alone: "blast away" is not CRITICIZE_AWAY.
    // In the passive, "by" names the one acting: "were handed out by X" is X –HAND_OUT→.
    // "gave Liverpool the lead" says what "gave the lead to Liverpool" says: Liverpool receives (GIVE_TO)
    String lemma = toReceiver ? verb.lemma() + " to"
        : particle.isEmpty() ? verb.lemma() + (keepsPreposition(verb, preposition) ? preposition : "")
        : verb.own() + particle + (verb.passive() && preposition.equals(" by") ? "" : preposition);
    String source = reportSource(ctx, c);
    Modality modality = Modality.of(s, ctx.inQuote(), verb.start(), verb.end(), verb.negated(), verb.intended(),
        source != null);
    Predicate predicate = new Predicate(lemma, verbLemmas, text, Predicate.typeOf(lemma), verb.negated(), modality,
        source == null || source.isEmpty() ? null : source);
    for (Argument subj : subject.args()) {
      for (Argument obj : objects) {
        if (obj.key().equals(subj.key())) {
          continue;
        }
        Argument from = verb.passive() ? obj : subj;
        Argument to = verb.passive() ? subj : obj;
        if (verb.passive() && (from.isConcept() || !preposition.equals(" by"))) {
          continue;
        }
        double confidence = confidence(subject, preposition, obj, ctx, objectPhrase);
        out.add(new Relation(s.index(), from, predicate, to, confidence, date, place));
      }
    }
    if (!toReceiver && particle.isEmpty() && preposition.isEmpty() && !verb.passive() && GIVING.contains(verb.lemma())
        && isDeterminedPhrase(s, objectPhrase)) {
      // "sold the rights to EA": EA receives, as in "sold EA the rights" (SELL_TO)
      addReceiverAfterTo(ctx, Phrases.chunkAt(chunks, objectPhrase.end() - 1) + 1, subject, predicate, out, date, place);
    }
  }

  /** A noun phrase that opens with a determiner, a possessive or a number: "the rights", "its stake", "50 pct". */
  private static boolean isDeterminedPhrase(AnnotatedSentence s, Chunk np) {
    String first = s.token(np.start()).pos();
    return first.equals("DT") || first.equals("PRP$") || first.equals("CD");
  }

  /** The names of a "to" phrase at chunk q, after what a verb of giving gives: who receives it. */
  private void addReceiverAfterTo(SentenceContext ctx, int q, Subject subject, Predicate given, List<Relation> out,
      String date, String place) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    if (q + 1 >= chunks.size() || !chunks.get(q).is("PP") || chunks.get(q).end() - chunks.get(q).start() != 1
        || !Phrases.lower(s, chunks.get(q).start()).equals("to") || !chunks.get(q + 1).is("NP")
        || startsClause(ctx, q + 1)) {
      return;
    }
    Chunk phrase = possessed(s, chunks, q + 1); // "to China's largest computer maker Lenovo": Lenovo receives
    if (phrase == null) {
      return;
    }
    String lemma = given.lemma() + " to";
    Predicate predicate = new Predicate(lemma, given.verb() + " to", given.text() + " to", Predicate.typeOf(lemma),
        given.negated(), given.modality(), given.reportedBy());
    for (Argument receiver : arguments(ctx, phrase, false)) {
      for (Argument subj : subject.args()) {
        if (!receiver.key().equals(subj.key())) {
          out.add(new Relation(s.index(), subj, predicate, receiver, confidence(subject, " to", receiver, ctx, phrase),
              date, place));
        }
      }
    }
  }

  /**
   * Reported speech: the speaker –SAY→ what was said. What was said is the quotation that closes
   * right before the verb ("“…,” Putin said"), else the clause after it ("Moon said Trump should
   * win …"); it becomes a quotation holding the words.
   */
  private void addReported(SentenceContext ctx, int c, VerbGroup verb, Subject subject, List<Relation> out) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    Quotes.Closed quote = ctx.quotation();
    String content = null;
    double confidence;
    if (quote != null && quote.closingToken() < chunks.get(c).start()
        && chunks.get(c).start() - quote.closingToken() <= QUOTE_DISTANCE) {
      content = quote.text();
      confidence = 0.8;
    } else {
      int k = c + 1;
      if (k < chunks.size() && chunks.get(k).is("SBAR") && s.token(chunks.get(k).start()).lemma().equals("that")) {
        k++;
      }
      if (k < chunks.size() && chunks.get(k).is("NP") && (startsClause(ctx, k) || k > c + 1)) {
        content = clauseText(s, chunks.get(k).start());
      }
      confidence = 0.7;
    }
    if (content == null || content.isBlank()) {
      return;
    }
    Argument said = new Argument(Keys.quote(content), content, Argument.QUOTE);
    Predicate predicate = new Predicate(verb.lemma(), verb.chain(), s.span(verb.start(), verb.end()),
        Predicate.typeOf(verb.lemma()),
        verb.negated(), Modality.of(s, ctx.inQuote(), verb.start(), verb.end(), verb.negated(), false, false));
    for (Argument speaker : subject.args()) {
      double sure = Math.round(Math.min(0.95, confidence + subject.bonus() / 2) * 1000) / 1000.0;
      out.add(new Relation(s.index(), speaker, predicate, said, sure, null, null));
    }
  }

  /**
   * Who the sentence says said it, when another verb group of the sentence, outside quotations,
   * is a reporting verb ("Lang met Dumont, officials said") or the sentence says "according to":
   * the speaker's entity name, else the speaker's phrase as written, else "" (reported by someone
   * not named: "it said"). Null when the sentence attributes it to no one.
   */
  private String reportSource(SentenceContext ctx, int c) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    for (int k = 0; k < chunks.size(); k++) {
      Chunk ch = chunks.get(k);
      if (k == c || !ch.is("VP") || ctx.inQuote()[ch.start()]) {
        continue;
      }
      for (int i = ch.start(); i < ch.end(); i++) {
        String lemma = lexicon.canonical(s.token(i).lemma().toLowerCase(Locale.ROOT));
        if (s.token(i).pos().startsWith("VB") && REPORTED_BY.contains(lemma)) {
          int before = k - 1;
          while (before >= 0 && Phrases.isAdverb(s, chunks.get(before))) {
            before--;
          }
          boolean inverted = (before < 0 || !chunks.get(before).is("NP")) && k + 1 < chunks.size()
              && chunks.get(k + 1).is("NP"); // "…, said Ivo Lang"
          return before >= 0 && chunks.get(before).is("NP") ? speaker(ctx, chunks.get(before))
              : inverted ? speaker(ctx, chunks.get(k + 1)) : "";
        }
      }
    }
    for (int i = 0; i + 2 < s.size(); i++) {
      if (Phrases.lower(s, i).equals("according") && Phrases.lower(s, i + 1).equals("to")) {
        int k = Phrases.chunkAt(chunks, i + 2);
        return k >= 0 && chunks.get(k).is("NP") ? speaker(ctx, chunks.get(k)) : "";
      }
    }
    return null;
  }

  /** The entity a speaker's phrase names (or a pronoun in it resolves to), else the phrase, else "". */
  private static String speaker(SentenceContext ctx, Chunk np) {
    String name = null;
    for (int i = np.start(); i < np.end(); i++) {
      Argument a = ctx.entityAt()[i] != null ? ctx.entityAt()[i] : ctx.pronouns().get(i);
      if (a != null) {
        name = a.name();
      }
    }
    if (name != null) {
      return name;
    }
    AnnotatedSentence s = ctx.sentence();
    int start = np.start();
    while (start < np.end() && isDeterminerLike(s.token(start))) {
      start++;
    }
    boolean pronoun = np.end() - start == 1 && s.token(start).pos().startsWith("PRP");
    return start >= np.end() || pronoun ? "" : s.span(start, np.end());
  }

  /** The sentence from token {@code from} to its end, without the closing punctuation. */
  private static String clauseText(AnnotatedSentence s, int from) {
    int end = s.size();
    while (end > from && s.token(end - 1).text().chars().noneMatch(Character::isLetterOrDigit)) {
      end--;
    }
    return s.span(from, end);
  }

  private static double confidence(Subject subject, String preposition, Argument obj, SentenceContext ctx, Chunk np) {
    double c = 0.55 + subject.bonus();
    c += obj.isConcept() ? 0.0 : 0.1;
    c += preposition.isEmpty() ? 0.05 : 0.0;
    double p = maxProbability(ctx, np);
    if (p > 0) {
      c += 0.1 * (p - 0.5);
    }
    return Math.max(0.05, Math.min(0.95, Math.round(c * 1000) / 1000.0));
  }

  private static double maxProbability(SentenceContext ctx, Chunk np) {
    double p = 0;
    for (int i = np.start(); i < np.end(); i++) {
      p = Math.max(p, ctx.probabilityAt()[i]);
    }
    return p;
  }

  /** The subject of the verb group at chunk c, or null. */
  private Subject findSubject(SentenceContext ctx, int c, Subject previous) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    int j = c - 1;
    while (j >= 0 && Phrases.isAdverb(s, chunks.get(j))) {
      j--;
    }
    if (j < 0) {
      return null;
    }
    Chunk before = chunks.get(j);
    if (before.is("NP")) {
      if (Phrases.isRelativePronoun(s, before)) {
        int a = j - 1;
        if (a >= 0 && Phrases.isComma(s, chunks.get(a))) {
          a--;
        }
        String pronoun = Phrases.lower(s, before.start());
        if (a >= 0 && chunks.get(a).is("NP")) {
          a = nameStart(ctx, a);
        }
        if (a >= 2 && chunks.get(a - 1).is("PP") && ctx.entityAt()[chunks.get(a - 1).start()] == null
            && Phrases.lower(s, chunks.get(a - 1).start()).equals("of") && chunks.get(a - 2).is("NP")) {
          if (pronoun.equals("who") || pronoun.equals("whom")) {
            a -= 2; // "Conchita Martinez of Spain, who ousted …": the person, not the place after "of"
          } else if (afterPreposition(ctx, nameStart(ctx, a - 2))) {
            return null; // "his performance in Pirates of the Caribbean, which earned him": which of the three?
          }
        }
        if (a >= 0 && chunks.get(a).is("NP") && endsList(ctx, a)) {
          // "include Edge of Darkness, Vertical Limit and Beyond Borders, which starred …": the last one
          List<Argument> last = arguments(ctx, chunks.get(a), false);
          return last.isEmpty() ? null : new Subject(last, 0.05);
        }
        return a >= 0 && chunks.get(a).is("NP") ? subjectOf(ctx, a, 0.05) : null;
      }
      if (j >= 3 && (chunks.get(j - 1).is("VP") || chunks.get(j - 1).is("ADVP"))
          && chunks.get(j - 2).is("NP") && Phrases.isRelativePronoun(s, chunks.get(j - 2))
          && chunks.get(j - 3).is("NP")) {
        // "The man who hired Ivo Lang praised …": the relative clause's object is not the subject
        return subjectOf(ctx, j - 3, 0.05);
      }
      int first = j;
      while (first >= 2 && chunks.get(first - 1).is("O")
          && Phrases.lower(s, chunks.get(first - 1).start()).equals("and")
          && chunks.get(first - 2).is("NP")) {
        first -= 2;
      }
      first = nameStart(ctx, first);
      while (first >= 2 && chunks.get(first - 1).is("NP") && chunks.get(first - 2).is("PP")) {
        first--; // "led by [senior economist] [Katrine Saito]": one phrase, split by the chunker
      }
      if (isGerundObject(ctx, first)) {
        return null; // "winning the Australian Open will give him": the winning gives, not the tournament
      }
      if (afterPreposition(ctx, first)) {
        // "A goal from Andy Scott condemned …", "a poll conducted for The Times showed …": the one acting
        // is the phrase the preposition hangs on; named, it is the subject ("VMS of Chicago agreed").
        // Not when that phrase is itself after a preposition: "his time at the Snooker Hall in
        // Llanelli in the 1950s had not done him …" names no one acting.
        return first >= 2 && chunks.get(first - 2).is("NP") && !afterPreposition(ctx, nameStart(ctx, first - 2))
            ? subjectOf(ctx, first - 2, 0.05) : null;
      }
      return subjectOf(ctx, j, 0.15);
    }
    if (Phrases.isComma(s, before)) {
      return subjectBeforeParenthesis(ctx, j);
    }
    if (before.is("O") && Phrases.COORDINATORS.contains(s.token(before.start()).lemma())) {
      return previous == null ? null : new Subject(previous.args(), previous.bonus() - 0.1);
    }
    return null;
  }

  /**
   * Whether the noun phrase at chunk np is the object of a gerund that opens its clause: "Winning
   * the Cup gave…", "… hopeful that beating Chelsea will…", "said beating Chelsea would…".
   */
  private static boolean isGerundObject(SentenceContext ctx, int np) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    if (np < 1 || !chunks.get(np - 1).is("VP")) {
      return false;
    }
    Chunk vp = chunks.get(np - 1);
    int last = vp.end() - 1;
    if (!s.token(last).pos().equals("VBG") || CLAUSE_GERUNDS.contains(s.token(last).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String first = s.token(chunks.get(np).start()).pos();
    if (first.equals("NN") || first.equals("NNS") || first.startsWith("JJ")) {
      return false; // "Defending champion Andy Roddick": the participle qualifies a noun
    }
    if (last > vp.start()) {
      // "[said winning] Nordbank": a gerund after the verb, in one chunk with it; "is winning" is a verb's tense
      return !Phrases.BE.contains(Phrases.lower(s, last - 1)) && !s.token(last - 1).pos().equals("RB");
    }
    if (np < 2) {
      return true;
    }
    Chunk before = chunks.get(np - 2);
    String opener = Phrases.lower(s, before.start());
    return before.is("SBAR") || before.is("VP") || Phrases.isComma(s, before)
        || before.is("PP") && (opener.equals("that") || CLAUSE_OPENERS.contains(opener))
        || before.is("O") && Phrases.COORDINATORS.contains(s.token(before.start()).lemma());
  }

  /**
   * The chunk where the name that chunk k ends in starts: "a seat in [the House] of [Lords] will
   * allow" is about the seat, which the chunker hides by splitting the name at "of".
   */
  private static int nameStart(SentenceContext ctx, int k) {
    Argument[] at = ctx.entityAt();
    int first = k;
    while (first > 0) {
      int start = ctx.chunks().get(first).start();
      if (start == 0 || at[start] == null || !at[start].equals(at[start - 1])) {
        return first;
      }
      first = Phrases.chunkAt(ctx.chunks(), start - 1);
    }
    return Math.max(first, 0);
  }

  /**
   * True when the noun phrase at chunk np is the object of a preposition (not one that opens a
   * clause, "after", "because"), and no name runs across the preposition ("Bank of England").
   */
  private static boolean afterPreposition(SentenceContext ctx, int np) {
    List<Chunk> chunks = ctx.chunks();
    if (np < 1 || !chunks.get(np - 1).is("PP")) {
      return false;
    }
    Chunk pp = chunks.get(np - 1);
    if (ctx.entityAt()[pp.start()] != null) {
      return false;
    }
    return !CLAUSE_OPENERS.contains(Phrases.lower(ctx.sentence(), pp.start()));
  }

  /** "Trump, who has criticized China, imposed …": the subject is the phrase before the aside. */
  private Subject subjectBeforeParenthesis(SentenceContext ctx, int closingComma) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    for (int j = closingComma - 1; j > 0; j--) {
      if (chunks.get(j).is("VP") && !ctx.inQuote()[chunks.get(j).start()] && !isRelativeClauseVerb(ctx, j)) {
        return null;
      }
      if (Phrases.isComma(s, chunks.get(j)) && chunks.get(j - 1).is("NP")) {
        int head = nameStart(ctx, j - 1);
        if (head >= 3 && Phrases.isComma(s, chunks.get(head - 1)) && chunks.get(head - 2).is("NP")
            && afterPreposition(ctx, nameStart(ctx, head - 2))) {
          return null; // "the deposits of the failed Farmers Bank, Hart, Tex., were assumed": no bank is the subject
        }
        Chunk after = chunks.get(j + 1);
        boolean aside = Phrases.isRelativePronoun(s, after) || after.is("NP");
        int np = j - 1;
        if (afterPreposition(ctx, head)) {
          // "In a filing with the SEC, the group, led by …": the SEC is no subject, nor "the deposits
          // of [First State Bank] of [Rockford], Iowa, were assumed" the bank; the phrase the
          // preposition hangs on is, when it is named ("Conchita Martinez of Spain, who …, beat")
          if (head < 2 || !chunks.get(head - 2).is("NP") || afterPreposition(ctx, nameStart(ctx, head - 2))) {
            return null;
          }
          np = head - 2;
        }
        Subject subject = aside ? subjectOf(ctx, np, 0.0) : null;
        return subject == null ? null : new Subject(subject.args(), subject.bonus(), true);
      }
    }
    return null;
  }

  private boolean isRelativeClauseVerb(SentenceContext ctx, int vp) {
    int j = vp - 1;
    return j >= 0 && ctx.chunks().get(j).is("NP") && Phrases.isRelativePronoun(ctx.sentence(), ctx.chunks().get(j));
  }

  private Subject subjectOf(SentenceContext ctx, int np, double bonus) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    if (np + 1 < chunks.size() && s.token(chunks.get(np + 1).start()).pos().equals("POS")) {
      return null; // "Kim's regime tested": the possessor is not the one acting
    }
    List<Argument> args = new ArrayList<>(arguments(ctx, chunks.get(np), false));
    // "President Putin and Russia want …": coordinated subjects.
    int j = np - 1;
    while (j >= 1 && chunks.get(j).is("O") && s.token(chunks.get(j).start()).lemma().equals("and")
        && chunks.get(j - 1).is("NP")) {
      if (isObjectOfVerb(ctx, nameStart(ctx, j - 1))) {
        break; // "Celtic host Dundee United and Rangers visit Kilmarnock": Dundee United is hosted, Rangers visit
      }
      args.addAll(0, arguments(ctx, chunks.get(j - 1), false));
      j -= 2;
    }
    if (args.isEmpty()) {
      return null;
    }
    boolean viaPronoun = ctx.pronouns().keySet().stream().anyMatch(i -> i >= chunks.get(np).start() && i < chunks.get(np).end());
    return new Subject(args, bonus - (viaPronoun ? 0.1 : 0.0));
  }

  /**
   * The arguments a noun phrase names: its entities (the last one outside a possessive, plus any
   * joined by "and"), a pronoun resolved to a person, or, when concepts are allowed, the phrase
   * itself as a concept.
   */
  private List<Argument> arguments(SentenceContext ctx, Chunk np, boolean conceptsAllowed) {
    AnnotatedSentence s = ctx.sentence();
    List<Argument> found = new ArrayList<>();
    Argument last = null;
    for (int i = np.start(); i < np.end(); i++) {
      Argument a = ctx.entityAt()[i];
      if (a == null) {
        a = ctx.pronouns().get(i);
      }
      if (a != null && (Demonyms.place(a.name()) != null || Demonyms.isNationalityNoun(a.name())
          || Demonyms.isGroupAdjective(a.name()))) {
        // "The Chilean will meet …", "attacked German 'empire'", "became the fifth Spaniard to …",
        // "responded to Islamic and Arab peace calls"
        continue;
      }
      if (a != null && isWhereBased(ctx, i, a)) {
        continue; // "the Cupertino, Calif.-based company", "controls Dedham, Mass.,-based National Amusements"
      }
      if (a != null && (last == null || !a.key().equals(last.key()))) {
        boolean possessor = i + 1 < np.end() && isPossessor(s, np, i + 1, a, ctx);
        if (!possessor) {
          if (last != null && !joinedByAnd(s, np, i)) {
            found.remove(last);
          }
          found.add(a);
          last = a;
        }
      }
    }
    if (!found.isEmpty()) {
      return found;
    }
    Argument titled = titledPerson(ctx, np);
    if (titled != null) {
      return List.of(titled);
    }
    if (!conceptsAllowed) {
      return List.of();
    }
    Argument concept = concept(s, np);
    return concept == null ? List.of() : List.of(concept);
  }

  /**
   * True when the entity ending before token {@code next} is followed by 's ("France's Pierre
   * Dumont"), or qualifies the noun that ends its phrase: "France coach", "White House legal
   * affairs", "the new Motorola 68020 microprocessor", "his Ospreys starting place", "the Davis Cup final".
   */
  private static boolean isPossessor(AnnotatedSentence s, Chunk np, int next, Argument a, SentenceContext ctx) {
    int end = np.end();
    int i = next;
    while (i < end && a.equals(ctx.entityAt()[i])) {
      i++;
    }
    if (i >= end) {
      return false;
    }
    if (s.token(i).pos().equals("POS") || isNounOutsideNames(s, ctx, i)) {
      return true;
    }
    int head = end - 1;
    while (head > i && s.token(head).text().chars().noneMatch(Character::isLetterOrDigit)) {
      head--;
    }
    boolean adjectiveAsNoun = isAdjectiveAsNoun(s, np, head) && ctx.entityAt()[head] == null;
    // "fires Laporte warning": a gerund that ends the noun phrase is its noun
    boolean gerundAsNoun = s.token(head).pos().equals("VBG") && Character.isLowerCase(s.token(head).text().charAt(0))
        && ctx.entityAt()[head] == null;
    if (!isNounOutsideNames(s, ctx, head) && !adjectiveAsNoun && !gerundAsNoun
        || DATE_WORDS.contains(s.token(head).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int k = i; k < head; k++) {
      String pos = s.token(k).pos();
      // "North-American made cars", "the Chelsea-owned ground": a participle qualifies the noun too
      if (!(pos.equals("CD") || pos.startsWith("JJ") || pos.equals("VBG") || pos.equals("VBN") || pos.startsWith("NN")
          || pos.equals("HYPH") || pos.equals("``") || pos.equals("''"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the name at token {@code i} says where something is based: "-based" follows it, or
   * its region does (", Calif.-based"). The name qualifies the noun after it; it is no end.
   */
  private static boolean isWhereBased(SentenceContext ctx, int i, Argument a) {
    AnnotatedSentence s = ctx.sentence();
    int end = i;
    while (end < s.size() && a.equals(ctx.entityAt()[end])) {
      end++;
    }
    if (end < s.size() && Phrases.lower(s, end).equals(",")) {
      end++;
    }
    return end < s.size() && Phrases.lower(s, end).matches("(\\S+,?)?-based");
  }

  /**
   * After a determiner, an adjective right after a noun is a noun the tagger missed: "the Davis Cup
   * final", "the one-off Christmas special".
   */
  private static boolean isAdjectiveAsNoun(AnnotatedSentence s, Chunk np, int i) {
    String first = s.token(np.start()).pos();
    return (first.equals("DT") || first.equals("PRP$")) && i > np.start() && s.token(i).pos().startsWith("JJ")
        && s.token(i - 1).pos().startsWith("NN");
  }

  /**
   * "the prime minister", "the chairman": the one person the article has named by that title so
   * far ("Prime Minister Tony Blair"), or null (no such person, or two).
   */
  private static Argument titledPerson(SentenceContext ctx, Chunk np) {
    AnnotatedSentence s = ctx.sentence();
    if (np.end() - np.start() < 2 || !Phrases.lower(s, np.start()).equals("the")) {
      return null;
    }
    StringBuilder title = new StringBuilder();
    for (int i = np.start() + 1; i < np.end(); i++) {
      if (!s.token(i).pos().startsWith("NN") && !s.token(i).pos().startsWith("JJ")) {
        return null;
      }
      title.append(title.length() == 0 ? "" : " ").append(Phrases.lower(s, i));
    }
    return ctx.titled().get(title.toString());
  }

  /** A noun outside any name ("coach", and "MP", which the tagger calls a proper noun). */
  private static boolean isNounOutsideNames(AnnotatedSentence s, SentenceContext ctx, int i) {
    return s.token(i).pos().startsWith("NN") && ctx.entityAt()[i] == null;
  }

  private static boolean joinedByAnd(AnnotatedSentence s, Chunk np, int i) {
    for (int k = i - 1; k >= np.start(); k--) {
      if (s.token(k).lemma().equals("and")) {
        return true;
      }
    }
    return false;
  }

  private static Argument concept(AnnotatedSentence s, Chunk np) {
    int a = np.start();
    int b = np.end();
    while (a < b && isDeterminerLike(s.token(a))) {
      a++;
    }
    boolean adjectiveAsNoun = isAdjectiveAsNoun(s, np, b - 1);
    while (b > a && !s.token(b - 1).pos().startsWith("NN") && !(adjectiveAsNoun && b == np.end())) {
      b--; // but "the Davis Cup final": the tagger's adjective is the phrase's noun
    }
    if (a >= b) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    for (int i = a; i < b; i++) {
      Token t = s.token(i);
      if (t.text().chars().anyMatch(Character::isLetterOrDigit)) {
        key.append(key.length() == 0 ? "" : " ").append(i == b - 1 ? t.lemma() : t.text().toLowerCase(Locale.ROOT));
      }
    }
    String name = s.span(a, b);
    return new Argument(Keys.concept(key.toString()), name, Argument.CONCEPT);
  }

  private static boolean isDeterminerLike(Token t) {
    String p = t.pos();
    return p.equals("DT") || p.equals("PRP$") || p.equals("PDT") || p.equals("``") || p.equals("''")
        || p.equals("POS") || t.text().chars().noneMatch(Character::isLetterOrDigit);
  }

  private static String placeIn(SentenceContext ctx, Chunk np) {
    for (int i = np.start(); i < np.end(); i++) {
      Argument a = ctx.entityAt()[i];
      if (a != null && a.type().equals(EntityType.LOCATION.label())) {
        return a.name();
      }
    }
    return null;
  }

  private static boolean isDate(AnnotatedSentence s, Chunk np) {
    for (int i = np.start(); i < np.end(); i++) {
      String w = s.token(i).text().toLowerCase(Locale.ROOT);
      if (DATE_WORDS.contains(w) || w.matches("(1[89]|20)\\d\\d")) {
        return true;
      }
    }
    return false;
  }

  /** "said Trump should win": a noun phrase followed by its own verb is a clause, not an object. */
  private static boolean startsClause(SentenceContext ctx, int np) {
    List<Chunk> chunks = ctx.chunks();
    if (np + 1 >= chunks.size() || !chunks.get(np + 1).is("VP")) {
      return false;
    }
    Token first = ctx.sentence().token(chunks.get(np + 1).start());
    return !first.pos().equals("TO") && !first.pos().equals("VBG") && !first.pos().equals("VBN");
  }

  /**
   * Whether the chunk before the verb group at chunk vp is a noun phrase that ends in a name and
   * hangs on no preposition: what a participle without "be" says something about ("Blu-ray
   * developed by Sony"), not "a Rutherford, N.J.-based company owned by" or "a plant in California
   * operated by".
   */
  private static boolean isNamedRightBefore(SentenceContext ctx, int vp) {
    if (vp < 1 || !ctx.chunks().get(vp - 1).is("NP")) {
      return false;
    }
    return ctx.entityAt()[ctx.chunks().get(vp - 1).end() - 1] != null && !afterPreposition(ctx, nameStart(ctx, vp - 1));
  }

  /**
   * Whether the noun phrase at chunk np ends a list of three or more written with commas: "A, B and
   * [C]".
   */
  private static boolean endsList(SentenceContext ctx, int np) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    int j = nameStart(ctx, np) - 1;
    if (j < 1 || !Phrases.isCoordinator(s, chunks.get(j)) || !chunks.get(j - 1).is("NP")) {
      return false;
    }
    int before = nameStart(ctx, j - 1) - 1;
    return before >= 1 && Phrases.isComma(s, chunks.get(before)) && chunks.get(before - 1).is("NP");
  }

  /**
   * Whether the noun phrase at chunk np is the object of the verb group right before it, a verb
   * that takes no clause: what comes after it and "and" is then a clause of its own.
   */
  private static boolean isObjectOfVerb(SentenceContext ctx, int np) {
    if (np < 1 || !ctx.chunks().get(np - 1).is("VP")) {
      return false;
    }
    Token last = ctx.sentence().token(ctx.chunks().get(np - 1).end() - 1);
    return last.pos().startsWith("VB") && !CLAUSE_VERBS.contains(last.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The last noun phrase of those joined to the one at chunk np by "and" or "or": "[Mr Blair] and
   * [Mr Brown] could work" ends at Mr Brown, whose verb is then the phrases' own.
   */
  private static int lastConjunct(SentenceContext ctx, int np) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    int last = np;
    while (last + 2 < chunks.size() && Phrases.isCoordinator(s, chunks.get(last + 1))
        && !Phrases.lower(s, chunks.get(last + 1).start()).equals("but") && chunks.get(last + 2).is("NP")) {
      last = Phrases.chunkAt(chunks, acrossName(ctx, chunks.get(last + 2)).end() - 1);
    }
    return last;
  }

  /**
   * Whether the noun phrase at chunk np has a verb of its own, right after it or after an aside
   * between commas: "as Sir Digby Jones, CBI director general, warned …".
   */
  private static boolean clauseThroughAside(SentenceContext ctx, int np) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    if (startsClause(ctx, np)) {
      return true;
    }
    int close = np + 2;
    while (close < chunks.size() && !Phrases.isComma(s, chunks.get(close)) && !chunks.get(close).is("VP")) {
      close++;
    }
    return np + 1 < chunks.size() && Phrases.isComma(s, chunks.get(np + 1)) && close < chunks.size()
        && Phrases.isComma(s, chunks.get(close)) && close + 1 < chunks.size() && chunks.get(close + 1).is("VP")
        && Phrases.isFinite(s, chunks.get(close + 1));
  }

  /**
   * The phrase a possessor qualifies: "meet France 's Pierre Dumont" meets Dumont, not France. The
   * chunker ends the possessor's phrase with 's; the possessed phrase follows. The possessor is
   * dropped from the relation (the open extraction keeps it as "has"). Null when nothing follows.
   */
  private static Chunk possessed(AnnotatedSentence s, List<Chunk> chunks, int k) {
    Chunk np = chunks.get(k);
    int pos = -1;
    for (int i = np.start(); i < np.end(); i++) {
      if (s.token(i).pos().equals("POS")) {
        pos = i;
      }
    }
    if (pos >= 0 && pos + 1 < np.end()) {
      return new Chunk("NP", pos + 1, np.end()); // "[France 's Pierre Dumont]" as one phrase
    }
    boolean endsPossessive = pos == np.end() - 1
        || k + 1 < chunks.size() && chunks.get(k + 1).is("NP")
            && s.token(chunks.get(k + 1).start()).pos().equals("POS");
    if (!endsPossessive) {
      // "plays France 's" cut off by the sentence's end: the chunker put the 's in a chunk of its own
      // (an apostrophe alone is more often a closing quotation mark: "'may seek full share listing'")
      return np.end() < s.size() && s.token(np.end()).pos().equals("POS")
          && Phrases.lower(s, np.end()).matches("['’]s") ? null : np;
    }
    if (pos == np.end() - 1) {
      return k + 1 < chunks.size() && chunks.get(k + 1).is("NP") ? chunks.get(k + 1) : null;
    }
    Chunk next = chunks.get(k + 1);
    return next.end() - next.start() > 1 ? new Chunk("NP", next.start() + 1, next.end()) : null;
  }

  /**
   * True when the preposition between a verb and its object changes what the verb says, so the
   * type keeps it: "lost to" (LOSE_TO), "returned from", "scored against", "called for", "worked
   * with", and "on" after the verbs of {@link #ON_VERBS} ("called on"). Place, time and the passive's
   * agent ("in", "at", "on", "by") do not, nor "of", nor "with" after "meet" ("met with" is MEET).
   */
  private static boolean keepsPreposition(VerbGroup verb, String preposition) {
    String p = preposition.strip();
    return TYPE_PREPOSITIONS.contains(p) && !(p.equals("with") && verb.lemma().equals("meet"))
        || p.equals("on") && ON_VERBS.contains(verb.lemma());
  }

  /**
   * "won in Rome", "coached in Holland", "died in Paris": a place where something happened, not
   * what the verb acts on (it is the relation's {@code place} when there is an object). Verbs of
   * being or settling somewhere ("arrived in", "lives in", "invested in") keep the place as their
   * object.
   */
  private static boolean isPlaceOnly(VerbGroup verb, String particle, String preposition, List<Argument> objects) {
    if (MARKET_MOVES.contains(verb.lemma()) && !preposition.isEmpty() && particle.isEmpty()) {
      return true; // "closed on the New York Stock Exchange at 72-5/8": a price, not a relation to the exchange
    }
    if (!PLACE_PREPOSITIONS.contains(preposition.strip()) || !particle.isEmpty()) {
      return false;
    }
    return !LOCATIVE.contains(verb.lemma())
        && objects.stream().allMatch(o -> o.type().equals(EntityType.LOCATION.label()));
  }

  /**
   * "expected Sony to sell", "is looking for Wenger to stay", "sees GE earning", "called for the
   * Audit Office to be given": what is expected or wanted is the infinitive or the participle after
   * the noun phrase, which says something about it, not that the subject acts on it. (Verbs that
   * ask or allow, "urged Iran to stop", do act on their object.)
   */
  private static boolean isExpectationAbout(SentenceContext ctx, VerbGroup verb, String preposition, Chunk object) {
    if (!EXPECTING.contains(verb.lemma()) && !(verb.lemma().equals("call") && preposition.equals(" for"))) {
      return false;
    }
    int next = Phrases.chunkAt(ctx.chunks(), object.end());
    if (next < 0) {
      return false;
    }
    if (ctx.chunks().get(next).is("VP")) {
      String pos = ctx.sentence().token(ctx.chunks().get(next).start()).pos();
      return pos.equals("TO") || pos.equals("VBG"); // "sees GE earning 1.35 dlrs": a forecast about GE
    }
    // after a named object only: "called for a sweeping reform of world agriculture to redress …" says why
    return ctx.entityAt()[object.end() - 1] != null && infinitiveAfter(ctx, next);
  }

  /**
   * Whether an infinitive follows from chunk {@code q} past what still belongs to the object: names
   * joined by "and", an "of" phrase, an aside between commas ("wants Roddick and the rest of his
   * team to play", "expected Dilson Funaro, who he met last week, to return", and "wants Google to
   * scan", where the chunker read "to scan" as a preposition and an adjective).
   */
  private static boolean infinitiveAfter(SentenceContext ctx, int q) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    for (int steps = 0; q < chunks.size() && steps < 12; steps++) {
      Chunk ch = chunks.get(q);
      Token first = s.token(ch.start());
      if (ch.is("VP")) {
        return first.pos().equals("TO");
      }
      if (first.pos().equals("TO") && ch.end() == ch.start() + 1 && ch.end() < s.size()
          && Character.isLowerCase(s.token(ch.end()).text().charAt(0))
          && RelationTypes.isVerb(s.token(ch.end()).text().toLowerCase(Locale.ROOT))) {
        return true; // "to scan" chunked as a preposition before an adjective
      }
      if (Phrases.isComma(s, ch) && q + 1 < chunks.size() && Phrases.isRelativePronoun(s, chunks.get(q + 1))) {
        q++;
        while (q < chunks.size() && !Phrases.isComma(s, chunks.get(q))) {
          q++; // the aside runs to its closing comma
        }
        q++;
      } else if (ch.is("NP") || Phrases.isCoordinator(s, ch) || ch.is("PP") && Phrases.lower(s, ch.start()).equals("of")) {
        q++;
      } else {
        return false;
      }
    }
    return false;
  }

  /**
   * "joined Sun Co in raising crude prices", "joins Wilkinson in achieving that target": the
   * subject does what the gerund says, as the object did; `JOIN` would say it joined them.
   */
  private static boolean isJoinedInDoing(SentenceContext ctx, VerbGroup verb, int objectEnd) {
    List<Chunk> chunks = ctx.chunks();
    if (!verb.own().equals("join")) {
      return false;
    }
    for (int q = objectEnd + 1; q + 1 < chunks.size() && !chunks.get(q).is("VP"); q++) {
      if (chunks.get(q).is("PP") && Phrases.lower(ctx.sentence(), chunks.get(q).start()).equals("in")) {
        return ctx.sentence().token(chunks.get(q + 1).start()).pos().equals("VBG");
      }
    }
    return false;
  }

  /**
   * "make Windows and Internet Explorer more secure", "may make Gavin Henson his first-choice
   * kicker": what "make" says is the complement after the object, which the type would lose.
   */
  private static boolean isMadeSomething(SentenceContext ctx, VerbGroup verb, Chunk object) {
    if (!verb.own().equals("make")) {
      return false;
    }
    List<Chunk> chunks = ctx.chunks();
    int last = lastConjunct(ctx, Phrases.chunkAt(chunks, object.end() - 1));
    Chunk lastPhrase = chunks.get(last);
    int afterName = lastPhrase.end();
    while (afterName > lastPhrase.start() && ctx.entityAt()[afterName - 1] == null) {
      afterName--;
    }
    if (afterName > lastPhrase.start() && afterName < lastPhrase.end()) {
      String pos = ctx.sentence().token(afterName).pos();
      return pos.startsWith("JJ") || pos.equals("RBR"); // "[make] [Ukraine more transparent]" in one chunk
    }
    int next = last + 1;
    if (next >= chunks.size()) {
      return false;
    }
    String pos = ctx.sentence().token(chunks.get(next).start()).pos();
    return chunks.get(next).is("ADJP") || chunks.get(next).is("NP") || pos.startsWith("JJ") || pos.equals("RBR");
  }

  /**
   * The phrase through the end of a name that runs on past it: the chunker ends "[Federal Bureau]
   * of [Investigation Director William Webster]" at the preposition, but the name does not end
   * there, and the noun phrase goes on to the person.
   */
  private static Chunk acrossName(SentenceContext ctx, Chunk np) {
    Argument[] at = ctx.entityAt();
    int end = np.end();
    while (end < at.length && at[end] != null && at[end].equals(at[end - 1])) {
      int k = Phrases.chunkAt(ctx.chunks(), end);
      end = k < 0 ? end + 1 : Math.max(end + 1, ctx.chunks().get(k).end());
    }
    return end == np.end() ? np : new Chunk("NP", np.start(), end);
  }

  /**
   * "topped the UK singles chart", "in the FA Cup win over": a noun that the tagger read as a
   * present-tense verb inside a noun phrase. The "subject" is then already the object of a verb or
   * a preposition, or holds a score ("after the 2-0 Uefa Cup win against Lazio").
   */
  private static boolean isCompoundNoun(SentenceContext ctx, int vp, int object) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    Chunk verb = chunks.get(vp);
    String tag = s.token(verb.start()).pos();
    if (verb.end() - verb.start() != 1 || !(tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VB"))
        || vp < 1 || !chunks.get(vp - 1).is("NP")) {
      return false;
    }
    Chunk np = chunks.get(vp - 1);
    for (int i = np.start(); i < np.end(); i++) {
      if (SCORE.matcher(s.token(i).text()).matches()) {
        return true; // "after the 2-0 Uefa Cup win against Lazio": the result of a match
      }
    }
    if (object != vp + 1 || vp < 2) {
      return false;
    }
    Chunk before = chunks.get(vp - 2);
    return afterPreposition(ctx, vp - 1)
        || before.is("VP") && !REPORTED_BY.contains(s.token(before.end() - 1).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The particle of a phrasal verb written after its object ("sent Dair away", "put Liverpool
   * ahead", "tapped him up", "shut him out of"), as " away", or "": one word of {@link
   * #SPLIT_PARTICLES} in a chunk of its own right after the object, not the start of a phrase
   * ("up the road").
   */
  private static String particleAfter(SentenceContext ctx, int objectEnd) {
    List<Chunk> chunks = ctx.chunks();
    int k = objectEnd + 1;
    if (k >= chunks.size() || chunks.get(k).end() - chunks.get(k).start() != 1) {
      return "";
    }
    String word = Phrases.lower(ctx.sentence(), chunks.get(k).start());
    boolean phraseFollows = k + 1 < chunks.size() && chunks.get(k + 1).is("NP");
    return SPLIT_PARTICLES.contains(word) && !phraseFollows ? " " + word : "";
  }

  /** "… and nor did President Reagan", "as did Volcker": "did" alone, after a word that makes it stand for a verb before. */
  private static boolean isElidedVerb(AnnotatedSentence s, Chunk vp) {
    int from = vp.start();
    if (ELLIPSIS_OPENERS.contains(Phrases.lower(s, from)) && vp.end() - from > 1) {
      from++; // the chunker put "so" in the verb group: "[so did] Paul Volcker"
    } else if (from == 0 || !ELLIPSIS_OPENERS.contains(Phrases.lower(s, from - 1))) {
      return false;
    }
    for (int i = from; i < vp.end(); i++) {
      if (!s.token(i).lemma().equalsIgnoreCase("do") && !VerbGroup.isNegation(s.token(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the object of a verb of giving is who receives a second noun phrase right after it
   * that opens with a determiner, a possessive or a number ("gave Liverpool the lead", "granted
   * Acme an option", "paid him 10 mln dlrs"), and which has no verb of its own.
   */
  private static boolean isReceiver(SentenceContext ctx, VerbGroup verb, Chunk object, int next) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    if (!GIVING.contains(verb.lemma()) || verb.passive() || next >= chunks.size() || !chunks.get(next).is("NP")
        || startsClause(ctx, next)) {
      return false;
    }
    int last = object.end() - 1;
    boolean named = ctx.entityAt()[last] != null || ctx.pronouns().get(last) != null
        || s.token(last).pos().equals("PRP");
    String first = s.token(chunks.get(next).start()).pos();
    return named && ctx.entityAt()[chunks.get(next).start()] == null
        && (first.equals("DT") || first.equals("PRP$") || first.equals("CD"));
  }

  /**
   * A phrase that opens with a determiner or a possessive and ends in a name, then a gerund alone
   * in its chunk and a common noun: "his Ospreys starting place", "the Acme finishing line".
   */
  private static boolean isGerundBeforeNoun(SentenceContext ctx, Chunk object, int k) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    String opener = s.token(object.start()).pos();
    if (!opener.equals("PRP$") && !opener.equals("DT") || k + 1 >= chunks.size()) {
      return false;
    }
    Chunk gerund = chunks.get(k);
    Token t = s.token(gerund.start());
    return gerund.is("VP") && gerund.end() - gerund.start() == 1 && t.pos().equals("VBG")
        && Character.isLowerCase(t.text().charAt(0)) && startsWithCommonNoun(s, chunks.get(k + 1));
  }

  /**
   * A word in lower case read as a verb, alone in its chunk, that ends the sentence or its clause
   * right after a name: the noun the name qualifies ("earns Tannadice reprieve").
   */
  private static boolean isLastWordReadAsVerb(SentenceContext ctx, int k) {
    List<Chunk> chunks = ctx.chunks();
    AnnotatedSentence s = ctx.sentence();
    Chunk ch = chunks.get(k);
    Token t = s.token(ch.start());
    if (ch.end() - ch.start() != 1 || !t.pos().startsWith("VB") || !Character.isLowerCase(t.text().charAt(0))) {
      return false;
    }
    return ch.end() == s.size() || Phrases.isPunctuation(s, ch.end()) && !s.token(ch.end()).text().equals("\"");
  }

  /**
   * Whether the phrase counts something of which its name says whose or what kind: a number, then a
   * noun outside any name, then the name ("25,000 tonnes U.S.", "200 mln H.K. dlr CD").
   */
  private static boolean isQuantityOfName(SentenceContext ctx, Chunk np) {
    AnnotatedSentence s = ctx.sentence();
    for (int i = np.start(); i + 2 < np.end(); i++) {
      if (!s.token(i).pos().equals("CD") || ctx.entityAt()[i] != null) {
        continue;
      }
      int k = i + 1;
      while (k < np.end() && ctx.entityAt()[k] == null && s.token(k).pos().startsWith("NN")) {
        k++;
      }
      if (k > i + 1 && k < np.end() && ctx.entityAt()[k] != null) {
        return true;
      }
    }
    return false;
  }

  /** A noun phrase that opens with a common noun written in lower case, not a time ("slavery links", not "yesterday"). */
  private static boolean startsWithCommonNoun(AnnotatedSentence s, Chunk np) {
    Token first = s.token(np.start());
    // "win US [awards]": the chunker marks a noun after a name at a headline's end as a list item
    return (np.is("NP") || np.is("LST")) && (first.pos().equals("NN") || first.pos().equals("NNS"))
        && Character.isLowerCase(first.text().charAt(0)) && !DATE_WORDS.contains(first.text().toLowerCase(Locale.ROOT))
        && !TIME_NOUNS.contains(first.text().toLowerCase(Locale.ROOT));
  }

  /** A particle of a phrasal verb: "went back on", "pulled out of", "gave up". */
  private static boolean isParticle(AnnotatedSentence s, Chunk ch) {
    return ch.is("PRT") || ch.end() - ch.start() == 1 && (ch.is("ADVP") || ch.is("O"))
        && PARTICLES.contains(s.token(ch.start()).text().toLowerCase(Locale.ROOT));
  }

  private static int skipQuotes(SentenceContext ctx, int k) {
    List<Chunk> chunks = ctx.chunks();
    while (k < chunks.size() && chunks.get(k).end() - chunks.get(k).start() == 1
        && (Phrases.form(ctx.sentence(), chunks.get(k).start()).equals("``")
            || Phrases.form(ctx.sentence(), chunks.get(k).start()).equals("''"))) {
      k++;
    }
    return k;
  }

  private static int skipQuotesAndAdverbs(SentenceContext ctx, int k) {
    List<Chunk> chunks = ctx.chunks();
    while (k < chunks.size()) {
      Chunk ch = chunks.get(k);
      String form = ctx.sentence().token(ch.start()).form();
      if (ch.is("ADVP") || form.equals("``") || form.equals("''")) {
        k++;
      } else {
        return k;
      }
    }
    return k;
  }
}
