package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.ResolvedMention;
import org.newsgraph.extract.SentenceText;
import org.newsgraph.identity.Identity;
import org.newsgraph.identity.NameForms;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.BodySignature;

/**
 * An extracted article as parameter rows for the fixed write statements: plain maps of strings,
 * numbers and lists, with nodes sorted by key so that concurrent writers lock in the same order.
 * Entities carry their graph key ({@link Identity}); each mention carries the type the article
 * gave its entity, the spelling-free form of its text and the rule by which it joined, from which
 * the graph decides the entity's type, name and aliases over all articles. Relations are folded
 * into facts, one row per fact of the article with all its evidence sentences ({@link ArticleFacts}),
 * and split by their object: an entity, or a phrase (a concept or a quotation).
 */
record GraphRows(
    Map<String, Object> article,
    List<Map<String, Object>> sentences,
    List<Map<String, Object>> entities,
    List<Map<String, Object>> concepts,
    List<Map<String, Object>> quotes,
    List<Map<String, Object>> mentions,
    List<Map<String, Object>> entityRelations,
    List<Map<String, Object>> phraseRelations) {

  static String sentenceId(String articleId, int index) {
    return articleId + "#" + index;
  }

  static GraphRows of(ExtractedArticle x) {
    Article a = x.article();
    Map<String, Object> article = new HashMap<>();
    article.put("id", a.id());
    article.put("url", a.url());
    article.put("title", a.title());
    article.put("authors", a.authors());
    article.put("published", a.published());
    article.put("updated", a.updated());
    article.put("source", a.source());
    article.put("caption", a.caption());
    article.put("sha256", a.sha256());
    BodySignature signature = BodySignature.of(a.body());
    article.put("signature", signature == null ? null : signature.toList());

    List<Map<String, Object>> sentences = new ArrayList<>();
    for (SentenceText s : x.sentences()) {
      sentences.add(Map.of("id", sentenceId(a.id(), s.index()), "index", s.index(), "text", s.text(),
          "start", s.start(), "end", s.end()));
    }
    // The article's entities as graph entities: two of the article's (a name under two types) can be one.
    Map<String, Entity> local = new HashMap<>();
    Map<String, String> globalKey = new HashMap<>();
    Map<String, Map<String, Object>> byKey = new TreeMap<>();
    for (Entity e : x.entities()) {
      Identity.Global g = Identity.of(e);
      local.put(e.key(), e);
      globalKey.put(e.key(), g.key());
      byKey.merge(g.key(), entityRow(g, e), GraphRows::sameEntity);
    }
    List<Map<String, Object>> entities = List.copyOf(byKey.values());
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (ResolvedMention m : x.mentions()) {
      SentenceText s = x.sentences().get(m.mention().sentence());
      String written = s.text().substring(m.mention().charStart() - s.start(), m.mention().charEnd() - s.start());
      Entity e = local.get(m.entityKey());
      if (e == null) {
        throw new IllegalArgumentException("article " + a.id() + ": a mention's entity is not among its entities: "
            + m.entityKey());
      }
      Map<String, Object> mention = new HashMap<>(Map.of("sentenceId", sentenceId(a.id(), m.mention().sentence()),
          "key", globalKey.get(e.key()), "start", m.mention().charStart(), "end", m.mention().charEnd(),
          "text", written, "type", e.type().label(), "form", NameForms.form(written),
          "rule", Identity.rule(written, e, inParentheses(s, m.mention().charStart(), m.mention().charEnd()))));
      mention.put("gender", m.mention().honorificGender()); // "Baroness Kennedy": not Charles Kennedy
      mentions.add(mention);
    }
    Map<String, Map<String, Object>> concepts = new TreeMap<>();
    Map<String, Map<String, Object>> quotes = new TreeMap<>();
    List<Map<String, Object>> toEntities = new ArrayList<>();
    List<Map<String, Object>> toPhrases = new ArrayList<>();
    List<Relation> inOrder = new ArrayList<>(x.relations());
    inOrder.sort(Comparator.comparingInt(Relation::sentence));
    for (Relation r : inOrder) {
      String from = requireEntity(r.subject(), globalKey, a);
      Argument o = r.object();
      if (o.isConcept()) {
        concepts.putIfAbsent(o.key(), Map.of("key", o.key(), "name", o.name()));
        toPhrases.add(relation(r, a, from, o.key()));
      } else if (o.isQuote()) {
        quotes.putIfAbsent(o.key(), Map.of("key", o.key(), "text", o.name()));
        toPhrases.add(relation(r, a, from, o.key()));
      } else {
        toEntities.add(relation(r, a, from, requireEntity(o, globalKey, a)));
      }
    }
    return new GraphRows(article, sentences, entities, List.copyOf(concepts.values()), List.copyOf(quotes.values()),
        mentions, ArticleFacts.fold(toEntities), ArticleFacts.fold(toPhrases));
  }

  /**
   * These rows with entity keys replaced as the user's rules say ({@link IdentityRules}): an entity
   * whose key is a rule's name is written to the rule's entity, and its mentions say so.
   */
  GraphRows remap(Map<String, IdentityRules.Rule> rules) {
    if (rules.isEmpty() || entities.stream().noneMatch(e -> rules.containsKey((String) e.get("key")))) {
      return this;
    }
    Map<String, Map<String, Object>> byKey = new TreeMap<>();
    for (Map<String, Object> e : entities) {
      IdentityRules.Rule rule = rules.get((String) e.get("key"));
      Map<String, Object> row = new HashMap<>(e);
      if (rule != null) {
        row.put("key", rule.entityKey());
        row.put("name", rule.entityName());
        row.put("lastWord", Identity.lastWord(rule.entityName()));
        row.put("initials", initials(rule.entityName()));
      }
      byKey.merge((String) row.get("key"), row, GraphRows::sameEntity);
    }
    List<Map<String, Object>> remapped = new ArrayList<>();
    for (Map<String, Object> m : mentions) {
      IdentityRules.Rule rule = rules.get((String) m.get("key"));
      if (rule == null) {
        remapped.add(m);
      } else {
        Map<String, Object> row = new HashMap<>(m);
        row.put("key", rule.entityKey());
        row.put("rule", Identity.USER_RULE);
        remapped.add(row);
      }
    }
    return new GraphRows(article, sentences, List.copyOf(byKey.values()), concepts, quotes, remapped,
        remapEnds(entityRelations, rules, true), remapEnds(phraseRelations, rules, false));
  }

  private static List<Map<String, Object>> remapEnds(List<Map<String, Object>> relations,
      Map<String, IdentityRules.Rule> rules, boolean toEntity) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : relations) {
      IdentityRules.Rule from = rules.get((String) r.get("from"));
      IdentityRules.Rule to = toEntity ? rules.get((String) r.get("to")) : null;
      if (from == null && to == null) {
        out.add(r);
        continue;
      }
      Map<String, Object> row = new HashMap<>(r);
      if (from != null) {
        row.put("from", from.entityKey());
      }
      if (to != null) {
        row.put("to", to.entityKey());
      }
      out.add(row);
    }
    return out;
  }

  /** A relation's ends with its type, and its properties one by one, as the write statements name them. */
  private static Map<String, Object> relation(Relation r, Article a, String from, String to) {
    Map<String, Object> row = new HashMap<>();
    row.put("from", from);
    row.put("to", to);
    row.put("type", r.predicate().type());
    row.put("sentenceId", sentenceId(a.id(), r.sentence()));
    row.put("articleId", a.id());
    row.put("text", r.predicate().text());
    row.put("lemma", r.predicate().lemma());
    row.put("verb", r.predicate().verb());
    row.put("negated", r.predicate().negated());
    row.put("modality", r.predicate().modality().label());
    row.put("reportedBy", r.predicate().reportedBy());
    row.put("confidence", r.confidence());
    row.put("date", r.date());
    row.put("place", r.place());
    return row;
  }

  /**
   * An entity end of a relation is one of the article's entities, which are merged in the same
   * transaction: otherwise the relation would be lost, or kept only when another article happened
   * to load that entity first.
   */
  private static String requireEntity(Argument end, Map<String, String> globalKey, Article a) {
    String key = globalKey.get(end.key());
    if (key == null) {
      throw new IllegalArgumentException("article " + a.id() + ": a relation's end is not among its entities: " + end.key());
    }
    return key;
  }

  /**
   * The row that creates a graph entity: the name it gets until its mentions decide (see
   * {@code EntityRefresh}), its type, and the titles the article gives it.
   */
  private static Map<String, Object> entityRow(Identity.Global g, Entity e) {
    Map<String, Object> row = new HashMap<>();
    row.put("key", g.key());
    row.put("name", g.name());
    row.put("type", e.type().label());
    row.put("titles", e.titles());
    row.put("lastWord", Identity.lastWord(g.name()));
    row.put("initials", initials(g.name()));
    return row;
  }

  /** Whether the sentence writes the text at these article offsets in parentheses: "(AMD)". */
  private static boolean inParentheses(SentenceText s, int charStart, int charEnd) {
    String text = s.text();
    int before = charStart - s.start() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    int after = charEnd - s.start();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return before >= 0 && text.charAt(before) == '(' && after < text.length() && text.charAt(after) == ')';
  }

  /** A name's initials; "" for a name of two or more words without two (none for one word). */
  private static String initials(String name) {
    String initials = Identity.initials(name);
    return initials == null && name.strip().split("\\s+").length > 1 ? "" : initials;
  }

  /** Two of the article's entities that are one graph entity: the first keeps name and type, titles join. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> sameEntity(Map<String, Object> first, Map<String, Object> second) {
    Set<String> titles = new LinkedHashSet<>((List<String>) first.get("titles"));
    titles.addAll((List<String>) second.get("titles"));
    Map<String, Object> out = new HashMap<>(first);
    out.put("titles", List.copyOf(titles));
    return out;
  }
}
