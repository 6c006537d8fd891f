package org.newsgraph.eval.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.eval.coref.PronounCase.Answer;
import org.newsgraph.eval.coref.PronounCase.Outcome;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.ResolvedMention;
import org.newsgraph.extract.ResolvedPronoun;
import org.newsgraph.extract.SentenceText;

/**
 * Scores one article's pronouns against its GUM document. A gold pronoun is a "he", "she", "him"
 * or "her" (tagged PRP: not the possessive "her") that is a mention of a chain with a person's
 * name in it. An answer is correct when the entity chosen has a mention over one of the chain's
 * names (the same place in the text), wrong when it has not, unresolved when there is none.
 *
 * <p>The baseline answers with the nearest person mention of the extractor before the pronoun,
 * in its sentence or the {@value #LOOKBACK} before, the reach of the extractor's own rule.
 */
public final class PronounEvaluation {

  public static final int LOOKBACK = 3;
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");

  private final GumDocument doc;
  private final ExtractedArticle article;
  private final int[] starts;
  private final Map<String, Entity> entities = new HashMap<>();

  private PronounEvaluation(GumDocument doc, ExtractedArticle article, String analysed) {
    this.doc = doc;
    this.article = article;
    this.starts = doc.sentenceStarts(analysed);
    article.entities().forEach(e -> entities.put(e.key(), e));
  }

  /** The cases of one document; {@code analysed} is the text the extractor read. */
  public static List<PronounCase> score(GumDocument doc, ExtractedArticle article, String analysed) {
    return new PronounEvaluation(doc, article, analysed).cases();
  }

  private List<PronounCase> cases() {
    List<PronounCase> out = new ArrayList<>();
    for (GumMention m : doc.mentions()) {
      GumSentence s = doc.sentence(m.sentence());
      GumWord w = s.word(m.first());
      if (m.first() != m.last() || !w.xpos().equals("PRP") || !PRONOUNS.contains(w.form().toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<int[]> names = new ArrayList<>();
      String gold = null;
      for (GumMention n : doc.chain(m.chain())) {
        GumSentence ns = doc.sentence(n.sentence());
        if (n.isPersonName(ns)) {
          gold = gold == null ? n.name(ns) : gold;
          if (starts[n.sentence()] >= 0) {
            names.add(new int[] {starts[n.sentence()] + ns.word(n.first()).start(),
                starts[n.sentence()] + ns.word(n.last()).end()});
          }
        }
      }
      if (gold == null) {
        continue;
      }
      String context = s.text().substring(0, w.start()) + "[" + s.text().substring(w.start(), w.end()) + "]"
          + s.text().substring(w.end());
      int at = starts[m.sentence()] < 0 ? -1 : starts[m.sentence()] + w.start();
      String key = at < 0 ? null : pipelineKey(at);
      Answer pipeline = answer(key, names);
      Answer baseline = at < 0 ? Answer.NONE : answer(nearestPersonBefore(at), names);
      String kind = pipeline.outcome() == Outcome.CORRECT ? null : kind(pipeline, key, at, names);
      out.add(new PronounCase(doc.id(), m.sentence(), context, gold, pipeline, baseline, kind));
    }
    return out;
  }

  private String pipelineKey(int at) {
    for (ResolvedPronoun p : article.pronouns()) {
      if (p.charStart() == at) {
        return p.entityKey();
      }
    }
    return null;
  }

  private String nearestPersonBefore(int at) {
    int sentence = sentenceAt(at);
    ResolvedMention best = null;
    for (ResolvedMention rm : article.mentions()) {
      Entity e = entities.get(rm.entityKey());
      if (e != null && e.type() == EntityType.PERSON && rm.mention().charEnd() <= at
          && rm.mention().sentence() >= sentence - LOOKBACK
          && (best == null || rm.mention().charStart() > best.mention().charStart())) {
        best = rm;
      }
    }
    return best == null ? null : best.entityKey();
  }

  private int sentenceAt(int at) {
    for (SentenceText t : article.sentences()) {
      if (at >= t.start() && at < t.end()) {
        return t.index();
      }
    }
    return -1;
  }

  private Answer answer(String key, List<int[]> names) {
    if (key == null) {
      return Answer.NONE;
    }
    String name = entities.containsKey(key) ? entities.get(key).name() : key;
    boolean named = article.mentions().stream().anyMatch(rm -> rm.entityKey().equals(key) && overlaps(rm, names));
    return new Answer(named ? Outcome.CORRECT : Outcome.WRONG, name);
  }

  /** The last mention before {@code at} of the entity {@code key} (any, when null) over a gold name, or null. */
  private ResolvedMention lastBefore(int at, String key, List<int[]> names) {
    ResolvedMention best = null;
    for (ResolvedMention rm : article.mentions()) {
      if (rm.mention().charEnd() <= at && (key == null || rm.entityKey().equals(key))
          && (names == null || overlaps(rm, names))
          && (best == null || rm.mention().charStart() > best.mention().charStart())) {
        best = rm;
      }
    }
    return best;
  }

  private static boolean overlaps(ResolvedMention rm, List<int[]> names) {
    for (int[] n : names) {
      if (rm.mention().charStart() < n[1] && n[0] < rm.mention().charEnd()) {
        return true;
      }
    }
    return false;
  }

  /** Why the extractor's answer is not correct, from where the gold person is named before the pronoun. */
  private String kind(Answer pipeline, String key, int at, List<int[]> names) {
    if (at < 0) {
      return "unresolved: the pronoun's sentence is not in the article as read";
    }
    ResolvedMention goldBefore = lastBefore(at, null, names);
    String outcome = pipeline.outcome() == Outcome.WRONG ? "wrong" : "unresolved";
    if (goldBefore == null) {
      return outcome + ": the person's name is not found before the pronoun";
    }
    int distance = sentenceAt(at) - goldBefore.mention().sentence();
    String where = distance == 0 ? "in the same sentence" : distance <= LOOKBACK ? "1-3 sentences before"
        : "more than 3 sentences before";
    if (pipeline.outcome() == Outcome.WRONG) {
      ResolvedMention chosen = lastBefore(at, key, null);
      where += chosen == null ? ", a person named after it chosen"
          : chosen.mention().charStart() > goldBefore.mention().charStart() ? ", a nearer person chosen"
          : ", a farther person chosen";
    }
    return outcome + ": the person is named " + where;
  }
}
