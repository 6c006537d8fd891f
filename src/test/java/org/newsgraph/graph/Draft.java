package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Keys;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Modality;
import org.newsgraph.extract.Predicate;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.ResolvedMention;
import org.newsgraph.extract.SentenceText;
import org.newsgraph.ingest.Article;

/**
 * A hand-made extracted article for graph tests, built sentence by sentence: sentence i is
 * "Subject verbed Object." with both entity ends mentioned and the relation between them.
 */
final class Draft {
  private final String id;
  private final String version;
  private final StringBuilder text = new StringBuilder();
  private final List<SentenceText> sentences = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private final List<ResolvedMention> mentions = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();

  Draft(String id, String version) {
    this.id = id;
    this.version = version;
  }

  static Entity entity(EntityType type, String name) {
    return new Entity(Keys.entity(type, name), name, type, List.of(), List.of(), 1);
  }

  static Entity person(String name, List<String> aliases, List<String> titles) {
    return new Entity(Keys.entity(EntityType.PERSON, name), name, EntityType.PERSON, aliases, titles, 1);
  }

  static Argument argument(Entity e) {
    return new Argument(e.key(), e.name(), e.type().label());
  }

  static Argument concept(String name) {
    return new Argument(Keys.concept(name), name, Argument.CONCEPT);
  }

  static Argument quote(String words) {
    return new Argument(Keys.quote(words), words, Argument.QUOTE);
  }

  Draft says(Entity subject, String verb, Entity object) {
    return says(subject, subject.name(), verb, false, argument(object), object);
  }

  /** A sentence that says {@code subject} did not {@code verb} {@code object}. */
  Draft denies(Entity subject, String verb, Entity object) {
    return says(subject, subject.name(), verb, true, argument(object), object);
  }

  /** A sentence that names {@code subject} as {@code written}. */
  Draft saysAs(Entity subject, String written, String verb, Entity object) {
    return says(subject, written, verb, false, argument(object), object);
  }

  /** A sentence whose object is a concept or a quotation. */
  Draft says(Entity subject, String verb, Argument phrase) {
    if (!phrase.isPhrase()) {
      throw new IllegalArgumentException("not a concept or a quotation: " + phrase);
    }
    return says(subject, subject.name(), verb, false, phrase, null);
  }

  /** A sentence that says {@code subject} {@code verb}ed {@code object}, as {@code source} reported. */
  Draft reports(String source, Entity subject, String verb, Entity object) {
    says(subject, subject.name(), verb, false, argument(object), object);
    Relation said = relations.remove(relations.size() - 1);
    Predicate p = said.predicate();
    relations.add(new Relation(said.sentence(), said.subject(), new Predicate(p.lemma(), p.verb(), p.text(), p.type(),
        false, Modality.REPORTED, source), said.object(), said.confidence(), null, null));
    return this;
  }

  private Draft says(Entity subject, String name, String verb, boolean negated, Argument object, Entity objectEntity) {
    int index = sentences.size();
    int start = text.length();
    String written = (negated ? "did not " : "") + (verb.endsWith("e") ? verb + "d" : verb + "ed");
    String sentence = name + " " + written + " " + object.name() + ".";
    text.append(sentence).append(' ');
    sentences.add(new SentenceText(index, start, start + sentence.length(), sentence));
    mention(subject, name, index, start);
    if (objectEntity != null) {
      mention(objectEntity, objectEntity.name(), index, start + sentence.length() - 1 - object.name().length());
    }
    Predicate predicate = new Predicate(verb, verb, written, verb.toUpperCase(), negated);
    relations.add(new Relation(index, argument(subject), predicate, object, 0.75, null, null));
    return this;
  }

  /** A sentence that writes an honorific before the subject's name: "Mrs Reddy praised Omar Hale." */
  Draft saysTitled(String honorific, Entity subject, String verb, Entity object) {
    int index = sentences.size();
    int start = text.length();
    String written = verb.endsWith("e") ? verb + "d" : verb + "ed";
    String sentence = honorific + " " + subject.name() + " " + written + " " + object.name() + ".";
    text.append(sentence).append(' ');
    sentences.add(new SentenceText(index, start, start + sentence.length(), sentence));
    mention(subject, subject.name(), index, start + honorific.length() + 1, honorific);
    mention(object, object.name(), index, start + sentence.length() - 1 - object.name().length());
    relations.add(new Relation(index, argument(subject), new Predicate(verb, verb, written, verb.toUpperCase(), false),
        argument(object), 0.75, null, null));
    return this;
  }

  /** A sentence that names {@code subject} and gives its acronym in parentheses: "Full Name (FN) paid X." */
  Draft definesAs(Entity subject, String acronym, String verb, Entity object) {
    int index = sentences.size();
    int start = text.length();
    String written = verb.endsWith("e") ? verb + "d" : verb + "ed";
    String sentence = subject.name() + " (" + acronym + ") " + written + " " + object.name() + ".";
    text.append(sentence).append(' ');
    sentences.add(new SentenceText(index, start, start + sentence.length(), sentence));
    mention(subject, subject.name(), index, start);
    mention(subject, acronym, index, start + subject.name().length() + 2);
    mention(object, object.name(), index, start + sentence.length() - 1 - object.name().length());
    relations.add(new Relation(index, argument(subject), new Predicate(verb, verb, written, verb.toUpperCase(), false),
        argument(object), 0.75, null, null));
    return this;
  }

  private void mention(Entity e, String name, int sentence, int charStart) {
    mention(e, name, sentence, charStart, null);
  }

  private void mention(Entity e, String name, int sentence, int charStart, String title) {
    if (entities.stream().noneMatch(x -> x.key().equals(e.key()))) {
      entities.add(e);
    }
    int end = charStart + name.length();
    mentions.add(new ResolvedMention(new Mention(sentence, 0, 1, name, e.type(), 1, title, null, charStart, end),
        e.key()));
  }

  ExtractedArticle build() {
    Article article = new Article(id, null, "Title " + id, List.of(), null, null, "test", null, text.toString(),
        id + "-" + version);
    return new ExtractedArticle(article, sentences, entities, mentions, relations, List.of());
  }
}
