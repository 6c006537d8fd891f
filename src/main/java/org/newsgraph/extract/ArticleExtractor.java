package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.NlpPipeline;

/**
 * Article → entities, mentions and relations. The headline is analysed as the first sentence,
 * then the body; the caption is kept out (it describes a photo, not the story).
 *
 * <p>Thread-safe: the NLP pipeline is, and each call keeps its own state.
 */
public final class ArticleExtractor {

  private final NlpPipeline nlp;
  private final MentionFinder mentionFinder = new MentionFinder();
  private final EntityResolver resolver = new EntityResolver();
  private final Coreference coreference = new Coreference();
  private final QuantityFinder quantityFinder = new QuantityFinder();
  private final TitleRelations titleRelations = new TitleRelations();
  private final RelationExtractor relations;

  /** Nouns that introduce someone as another's relative: "his wife Nancy Reagan", "her son, Tom Lang". */
  private static final java.util.Set<String> KIN = java.util.Set.of("wife", "husband", "son", "daughter", "brother",
      "sister", "father", "mother", "widow", "widower", "cousin", "nephew", "niece", "uncle", "aunt", "grandson",
      "granddaughter", "stepson", "stepdaughter");

  public ArticleExtractor(NlpPipeline nlp) {
    this.nlp = nlp;
    this.relations = new RelationExtractor(PredicateLexicon.loadDefault());
  }

  /** Whether a kinship noun comes right before the mention, or before a comma before it. */
  private static boolean isIntroducedAsRelative(AnnotatedSentence s, Mention m) {
    int before = m.start() - 1;
    if (before >= 0 && s.token(before).text().equals(",")) {
      before--;
    }
    return before >= 0 && KIN.contains(s.token(before).text().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Adds the titles that the people named in one sentence ({@code mentions}) carry ("Prime
   * Minister Tony Blair" → "prime minister"); a title that two people carry goes to {@code shared}
   * and names no one from then on.
   */
  private static void addTitled(Map<String, Argument> titled, Set<String> shared, List<ResolvedMention> mentions,
      Map<String, Entity> byKey) {
    for (ResolvedMention rm : mentions) {
      Mention m = rm.mention();
      Entity e = byKey.get(rm.entityKey());
      if (m.title() == null || e == null || e.type() != EntityType.PERSON) {
        continue;
      }
      String title = m.title().toLowerCase(java.util.Locale.ROOT);
      Argument before = titled.get(title);
      if (before != null && !before.key().equals(e.key())) {
        shared.add(title);
      }
      if (shared.contains(title)) {
        titled.remove(title);
      } else {
        titled.put(title, new Argument(e.key(), e.name(), e.type().label()));
      }
    }
  }

  /** The text that is analysed: headline, a blank line, the body. Sentence offsets point into it. */
  public static String analysedText(Article article) {
    return article.title().isBlank() ? article.body() : article.title().strip() + "\n\n" + article.body();
  }

  /** @throws IllegalArgumentException when the article is longer than {@link ArticleLimits#MAX_TEXT_CHARS} */
  public ExtractedArticle extract(Article article) {
    String text = analysedText(article);
    ArticleLimits.check(text);
    List<AnnotatedSentence> sentences = nlp.annotate(text, !article.title().isBlank());
    List<Mention> mentions = new ArrayList<>();
    for (AnnotatedSentence s : sentences) {
      mentions.addAll(mentionFinder.find(s));
    }
    EntityResolver.Result entities = resolver.resolve(article.title().isBlank() ? mentions
        : HeadlineNames.trim(sentences, mentions), m -> isIntroducedAsRelative(sentences.get(m.sentence()), m));
    Map<String, Entity> byKey = new HashMap<>();
    entities.entities().forEach(e -> byKey.put(e.key(), e));

    List<boolean[]> quotes = Quotes.mark(sentences);
    List<Quotes.Closed> quotations = Quotes.closed(sentences);
    List<Argument[]> entityAt = new ArrayList<>();
    List<double[]> probabilityAt = new ArrayList<>();
    for (AnnotatedSentence s : sentences) {
      entityAt.add(new Argument[s.size()]);
      probabilityAt.add(new double[s.size()]);
    }
    for (ResolvedMention rm : entities.mentions()) {
      Entity e = byKey.get(rm.entityKey());
      Argument arg = new Argument(e.key(), e.name(), e.type().label());
      Mention m = rm.mention();
      Arrays.fill(entityAt.get(m.sentence()), m.start(), m.end(), arg);
      Arrays.fill(probabilityAt.get(m.sentence()), m.start(), m.end(), m.probability());
    }
    List<Relation> found = new ArrayList<>(titleRelations.find(sentences, entities.mentions(), byKey));
    List<SentenceText> texts = new ArrayList<>();
    List<Quantity> quantities = new ArrayList<>();
    List<ResolvedPronoun> pronouns = new ArrayList<>();
    List<Map<Integer, Argument>> pronounsAt = coreference.resolve(sentences, quotes, entityAt);
    Map<String, Argument> titled = new HashMap<>();
    Set<String> sharedTitles = new HashSet<>();
    Map<Integer, List<ResolvedMention>> bySentence = new HashMap<>();
    entities.mentions().forEach(rm -> bySentence.computeIfAbsent(rm.mention().sentence(), k -> new ArrayList<>()).add(rm));
    for (int i = 0; i < sentences.size(); i++) {
      addTitled(titled, sharedTitles, bySentence.getOrDefault(i, List.of()), byKey);
      AnnotatedSentence s = sentences.get(i);
      texts.add(new SentenceText(s.index(), s.start(), s.end(), s.text()));
      quantities.addAll(quantityFinder.find(s.index(), s.text(), s.start(), article.published()));
      Map<Integer, Argument> resolved = pronounsAt.get(i);
      resolved.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> pronouns.add(new ResolvedPronoun(
          s.index(), p.getKey(), s.token(p.getKey()).text(), s.token(p.getKey()).start(), s.token(p.getKey()).end(),
          p.getValue().key())));
      SentenceContext ctx = new SentenceContext(s, quotes.get(i), entityAt.get(i), probabilityAt.get(i),
          resolved, Chunk.of(s), quotations.get(i), Map.copyOf(titled));
      found.addAll(relations.extract(ctx));
    }
    // The closed check: a type outside the vocabulary is a misread, never written to the graph.
    found.removeIf(r -> !RelationTypes.isKnown(r.predicate().type()));
    found.sort(java.util.Comparator.comparingInt(Relation::sentence));
    return new ExtractedArticle(article, texts, entities.entities(), entities.mentions(), found, quantities, pronouns);
  }
}
