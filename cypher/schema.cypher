// NewsGraph schema: constraints and indexes, applied at every start (IF NOT EXISTS makes it idempotent).
// Keys are computed by NewsGraph (the spelling-free form of the name), never Neo4j internal ids.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT concept_key IF NOT EXISTS FOR (c:Concept) REQUIRE c.key IS UNIQUE;
// What a speaker said (the object of SAY, SUGGEST, …): keyed by a hash of its words.
CREATE CONSTRAINT quote_key IF NOT EXISTS FOR (q:Quote) REQUIRE q.key IS UNIQUE;

// Look-ups by name in Browser ("everything about Donald Trump").
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX concept_name IF NOT EXISTS FOR (c:Concept) ON (c.name);
CREATE INDEX sentence_article IF NOT EXISTS FOR (s:Sentence) ON (s.articleId);

// Scheduled loads (watch, up): watched sources, one node per poll, HTTP validators of feeds and pages.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (r:IngestRun) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT fetch_state_url IF NOT EXISTS FOR (f:FetchState) REQUIRE f.url IS UNIQUE;
CREATE INDEX ingest_run_status IF NOT EXISTS FOR (r:IngestRun) ON (r.status);
// A new article is compared with the articles loaded recently, to recognise wire copies (--copies-within).
CREATE INDEX article_loaded_at IF NOT EXISTS FOR (a:Article) ON (a.loadedAt);
// A person written by surname alone finds the full names that end with it (SurnameJoins).
CREATE INDEX entity_last_word IF NOT EXISTS FOR (e:Entity) ON (e.lastWord);
// An acronym written alone ("AMD") finds the names whose initials it is, among them the ones some
// article spells it out for: "Advanced Micro Devices (AMD)" (SurnameJoins).
CREATE INDEX entity_initials IF NOT EXISTS FOR (e:Entity) ON (e.initials);
// A user's corrections of identity (entities merge / split), followed by every later load.
CREATE CONSTRAINT identity_rule_key IF NOT EXISTS FOR (r:IdentityRule) REQUIRE r.key IS UNIQUE;
// The mentions a surname join moved, found again when the join is decided anew (SurnameJoins).
CREATE INDEX mentions_joined_from IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.joinedFrom);
