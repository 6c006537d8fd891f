// NewsGraph: queries to explore the graph. Paste one into Neo4j Browser, or run it by name:
//   ./newsgraph query NAME [--param key=value ...] [--json]
// Each query starts with a "// name:" line; the comment lines after it say what it shows.
// The NewsGraph guide in Browser shows them all, in this order, as clickable Cypher (the first
// two on its first page: keep them pictures, queries that return nodes and relationships).
// Relationship types are verb lemmas in upper snake case (PRAISE, MEET, GO_BACK_ON, …) or roles
// (PRESIDENT_OF), from a closed vocabulary (docs/relations.md). A relationship is one fact of one
// article: sentenceIds lists every sentence of the article that states it (count: how many),
// sentenceId is the first of them; it also carries articleId, text (the words as written first),
// lemma, verb, negated, modality (asserted, reported, hypothetical, question, intended or negated),
// reportedBy (who the sentence says reported it), confidence, date and place. What a speaker said is a (:Quote {key, text}), not a concept.

// name: entity-graph
// A first look, as a picture: the entities (one colour per type) and the facts between them that
// their sentences state or report (not plans, conditions, questions or denials).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.sentenceId IS NOT NULL AND r.modality IN ['asserted', 'reported']
RETURN a, r, b
LIMIT 100;

// name: people-graph
// What people do, and to whom or to what: each person's relations to entities and to concepts
// (what they said is in the query quotes), stated or reported as facts.
MATCH (p:Person)-[r]->(o)
WHERE r.sentenceId IS NOT NULL AND NOT o:Quote AND r.modality IN ['asserted', 'reported']
RETURN p, r, o
LIMIT 50;

// name: overview
// How many articles, sentences, entities (by type), concepts, quotations and other nodes the graph holds.
MATCH (n)
WITH labels(n) AS labels
UNWIND labels AS label
RETURN label, count(*) AS nodes
ORDER BY nodes DESC;

// name: relation-types
// The relation types in the graph, most frequent first: facts (one per article that states it),
// and the sentences that state them.
MATCH (:Entity)-[r]->()
WHERE r.sentenceId IS NOT NULL
RETURN type(r) AS relation, count(*) AS facts, sum(r.count) AS sentences
ORDER BY facts DESC, relation;

// name: who-praised-whom
// Who praised whom, with the sentence that says so first, and how many sentences of the article say it.
MATCH (a:Entity)-[r:PRAISE]->(b)
WHERE r.modality IN ['asserted', 'reported']
MATCH (s:Sentence {id: r.sentenceId})
RETURN a.name AS who, r.text AS said, b.name AS whom, r.negated AS negated, s.text AS evidence, r.count AS sentences
ORDER BY who, whom;

// name: about
// Everything one entity does and undergoes, as its sentences state or report it (drop the
// modality condition to see plans, conditions, questions and denials too). Parameter: name
// (e.g. --param name='Donald Trump').
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[r]-(other)
WHERE r.sentenceId IS NOT NULL AND r.modality IN ['asserted', 'reported']
RETURN CASE WHEN startNode(r) = e THEN e.name ELSE other.name END AS subject,
       type(r) AS relation,
       CASE WHEN startNode(r) = e THEN coalesce(other.name, other.text) ELSE e.name END AS object,
       r.text AS text, r.date AS date, r.place AS place, r.confidence AS confidence
ORDER BY confidence DESC, relation, subject, object, r.sentenceId, text;

// name: paths
// Shortest chains of relations between two entities. Parameters: from, to (names).
MATCH (a:Entity {name: $from}), (b:Entity {name: $to})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WHERE all(r IN relationships(p) WHERE r.sentenceId IS NOT NULL)
RETURN [n IN nodes(p) | n.name] AS chain, [r IN relationships(p) | type(r)] AS relations
LIMIT 10;

// name: evidence
// The evidence of every relation between two entities: each sentence that states it, in article
// order, and the article. Parameters: from, to (names).
MATCH (a:Entity {name: $from})-[r]->(b {name: $to})
UNWIND r.sentenceIds AS sentenceId
MATCH (art:Article)-[:HAS_SENTENCE]->(s:Sentence {id: sentenceId})
RETURN type(r) AS relation, r.text AS text, s.index AS index, s.text AS sentence, art.title AS article,
       art.id AS articleId
ORDER BY articleId, relation, index;

// name: most-connected
// The entities with the most relations, with their type.
MATCH (e:Entity)-[r]-()
WHERE r.sentenceId IS NOT NULL
RETURN e.name AS entity, e.type AS type, count(r) AS relations
ORDER BY relations DESC, entity
LIMIT 20;

// name: relations-per-article
// How many sentences and relations (facts) each article contributed.
MATCH (a:Article)
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
WITH a, count(s) AS sentences
OPTIONAL MATCH (e:Entity)-[r]->()
WHERE r.articleId = a.id
RETURN a.title AS article, a.published AS published, sentences, count(r) AS relations
ORDER BY published DESC, article;

// name: people
// People with their titles and the names they go by.
MATCH (p:Person)
OPTIONAL MATCH (p)<-[m:MENTIONS]-()
RETURN p.name AS person, p.titles AS titles, p.aliases AS aliases, count(m) AS mentions
ORDER BY mentions DESC, person;

// name: mentions
// Where an entity is mentioned: each sentence, in article order. Parameter: name.
MATCH (a:Article)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(e:Entity)
WHERE e.name = $name OR $name IN e.aliases
RETURN a.title AS article, s.index AS sentence, m.text AS as_written, s.text AS text
ORDER BY article, sentence;

// name: concepts
// What entities do to things that are not names (tariffs, sanctions, …); quotations are not concepts.
MATCH (e:Entity)-[r]->(c:Concept)
RETURN e.name AS entity, type(r) AS relation, r.text AS text, c.name AS concept
ORDER BY entity, relation;

// name: quotes
// Who said what: each quotation or reported clause, its speaker, the verb, and the sentence that
// says so, in article order.
MATCH (e:Entity)-[r]->(q:Quote)
MATCH (art:Article)-[:HAS_SENTENCE]->(s:Sentence {id: r.sentenceId})
RETURN e.name AS speaker, type(r) AS relation, r.text AS verb, q.text AS quote, s.text AS evidence,
       art.title AS article
ORDER BY art.id, s.index, speaker
LIMIT 100;

// name: facts
// Relations between two entities that their sentence states as facts (modality asserted or
// reported), with the first sentence that says so and how many of its article's sentences do:
// what a first look at the graph should show.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.modality IN ['asserted', 'reported']
MATCH (s:Sentence {id: r.sentenceId})
RETURN a.name AS subject, type(r) AS relation, b.name AS object, r.modality AS modality, s.text AS evidence,
       r.count AS sentences
ORDER BY subject, relation, object
LIMIT 100;

// name: negated
// Relations that a sentence denies ("did not meet"), with the sentences that state them.
MATCH (a:Entity)-[r]->(b)
WHERE r.negated = true
RETURN a.name AS subject, r.text AS text, coalesce(b.name, b.text) AS object, r.sentenceIds AS sentences;

// name: identity
// Why an entity is one node: the names it is written as, the rule that joined each, and the types
// its articles gave its mentions. Parameter: name (e.g. --param name='Donald Trump').
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)<-[m:MENTIONS]-()
RETURN e.name AS entity, e.type AS type, m.text AS written,
       CASE WHEN m.joinedFrom IS NULL THEN m.rule WHEN m.joinedBy = 'acronym' THEN 'acronym across articles'
            WHEN m.joinedBy = 'context' THEN 'surname in context' ELSE 'surname across articles' END AS joined_by,
       m.type AS typed_as, count(*) AS mentions
ORDER BY entity, mentions DESC, written, typed_as;

// name: maybe-same
// Entities that may be one person: a surname written alone that several full names end with,
// each candidate with its share of their mentions (mentions: those of the articles that could
// not be decided by what they name). Merge with ./newsgraph entities merge NAME ENTITY.
MATCH (s:Entity)-[l:MAYBE_SAME_AS]->(c:Entity)
RETURN s.name AS surname, COUNT { (s)<-[:MENTIONS]-() } AS mentions, c.name AS candidate, l.score AS score
ORDER BY mentions DESC, surname, score DESC, candidate
LIMIT 50;

// name: entity-names
// Every entity, its type and how many mentions point at it, most mentioned first: what
// `newsgraph stats entities` reads to count names split over several nodes, surname-only people,
// and honorifics or descriptors kept in names.
MATCH (e:Entity)
RETURN e.key AS key, e.name AS name, e.type AS type, COUNT { (e)<-[:MENTIONS]-() } AS mentions
ORDER BY mentions DESC, key;

// name: candidate-links
// Pairs of entities that may be one (MAYBE_SAME_AS), strongest first, with why.
MATCH (a:Entity)-[r:MAYBE_SAME_AS]->(b:Entity)
RETURN a.name AS entity, b.name AS candidate, r.score AS score, r.reason AS reason
ORDER BY score DESC, entity, candidate;

// name: entity-relations
// Every relation between two entities with its evidence, in a fixed order: what
// `newsgraph sample relations` draws its sample from.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.sentenceId IS NOT NULL
OPTIONAL MATCH (s:Sentence {id: r.sentenceId})
RETURN a.name AS subject, type(r) AS relation, b.name AS object, r.text AS verb, r.modality AS modality,
       r.articleId AS article, r.sentenceId AS sentence, s.text AS evidence
ORDER BY article, sentence, a.key, relation, b.key, verb;

// name: relation-type-counts
// Every relationship type of extracted relations, how often it is used (facts, one per article that
// states it), how often between two entities and to a quotation, how many of its facts an article
// states more than once, and in how many sentences: what `newsgraph stats relations` reads.
MATCH (:Entity)-[r]->(o)
WHERE r.sentenceId IS NOT NULL
RETURN type(r) AS relation, count(*) AS times, count(CASE WHEN o:Entity THEN 1 END) AS betweenEntities,
       count(CASE WHEN o:Quote THEN 1 END) AS toQuotes, count(CASE WHEN r.count > 1 THEN 1 END) AS repeated,
       sum(coalesce(r.count, 1)) AS sentences
ORDER BY times DESC, relation;
