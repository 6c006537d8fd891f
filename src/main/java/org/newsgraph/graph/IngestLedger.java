package org.newsgraph.graph;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.BodySignature;

/**
 * What the scheduled loads keep in the graph besides the articles: a {@code (:Source)} node per
 * watched folder or feed (with the lease that keeps two watchers from polling it at once), an
 * {@code (:IngestRun)} node per poll, and {@code (:FetchState)} nodes holding the HTTP validators
 * (ETag, Last-Modified) of feeds and pages, written only once what was fetched is in the graph.
 *
 * <p>Every method is one transaction of its own. Thread-safe.
 */
public final class IngestLedger {

  private static final String CLAIM = """
      MERGE (s:Source {id: $source})
      ON CREATE SET s.kind = $kind
      SET s.claimedAt = $now
      WITH s, s.leaseOwner AS owner, s.leaseUntil AS until
      WITH s, owner, owner IS NULL OR owner = $me OR until < $now AS free
      FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END | SET s.leaseOwner = $me, s.leaseUntil = $until)
      WITH s, owner, free
      OPTIONAL MATCH (s)-[:HAD_RUN]->(r:IngestRun {status: 'running'})
      WHERE free AND r.owner <> $me
      SET r.status = 'interrupted'
      RETURN DISTINCT free""";

  private static final String START_RUN = """
      MATCH (s:Source {id: $source})
      CREATE (s)-[:HAD_RUN]->(:IngestRun {id: $id, source: $source, owner: $me, started: $started,
          status: 'running', new: 0, updated: 0, skipped: 0, duplicates: 0, failed: 0, failures: []})""";

  private static final String FINISH_RUN = """
      MATCH (r:IngestRun {id: $id})
      SET r.finished = $finished, r.status = $status, r.new = $created, r.updated = $updated,
          r.skipped = $skipped, r.duplicates = $duplicates, r.failed = $failed, r.failures = $failures""";

  private static final String LAST_RUNS = """
      MATCH (s:Source)
      CALL (s) {
        MATCH (s)-[:HAD_RUN]->(r:IngestRun)
        RETURN r ORDER BY r.started DESC LIMIT $perSource
      }
      RETURN r ORDER BY r.source, r.started DESC""";

  private static final String LINK_COPY = """
      MATCH (o:Article {id: $original})
      MERGE (c:Article {id: $id})
      SET c.url = $url, c.title = $title, c.authors = $authors, c.published = $published, c.source = $source,
          c.sha256 = $sha256, c.copyOf = $original, c.loadedAt = datetime()
      MERGE (c)-[r:SAME_STORY_AS]->(o)
      SET r.similarity = $similarity
      RETURN c.id""";

  private final Driver driver;
  private final SessionConfig sessionConfig;

  public IngestLedger(Driver driver, String database) {
    this.driver = driver;
    this.sessionConfig = database == null || database.isBlank()
        ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
  }

  /**
   * Takes or renews the lease on a source for {@code ttl}. Succeeds when no other watcher holds
   * an unexpired lease; runs left {@code running} by a watcher whose lease expired are then marked
   * {@code interrupted}.
   */
  public boolean claim(String source, String kind, String owner, Instant now, Duration ttl) {
    return inSession(session -> session.executeWrite(tx -> tx.run(CLAIM, Map.of("source", source, "kind", kind,
        "me", owner, "now", utc(now), "until", utc(now.plus(ttl)))).single().get("free").asBoolean()));
  }

  /** Gives the lease back, if {@code owner} holds it. */
  public void release(String source, String owner) {
    inSession(session -> session.executeWrite(tx -> tx.run("""
        MATCH (s:Source {id: $source}) WHERE s.leaseOwner = $me
        REMOVE s.leaseOwner, s.leaseUntil""", Map.of("source", source, "me", owner)).consume()));
  }

  /** Marks the owner's running polls interrupted and frees its leases (a watcher shutting down mid-poll). */
  public void abandon(String owner, Instant now) {
    abandon(owner, now, "WHERE r.owner = $me", "WHERE s.leaseOwner = $me");
  }

  /**
   * Marks the owner's running polls interrupted and frees its leases; the run {@code runId} (the
   * one this watcher was in) keeps the counts of what it had committed.
   */
  public void abandon(String owner, Instant now, String runId, int created, int updated, int skipped, int copies) {
    inSession(session -> session.executeWrite(tx -> tx.run("""
        MATCH (r:IngestRun {id: $id, status: 'running'})
        SET r.new = $created, r.updated = $updated, r.skipped = $skipped, r.duplicates = $copies""",
        Map.of("id", runId, "created", created, "updated", updated, "skipped", skipped, "copies", copies)).consume()));
    abandon(owner, now);
  }

  /**
   * Marks every running poll interrupted and frees every lease: for a database only this process
   * can open (the embedded store), where whoever held them before cannot be running any more.
   */
  public void abandonAll(Instant now) {
    abandon("", now, "", "WHERE s.leaseOwner IS NOT NULL");
  }

  private void abandon(String owner, Instant now, String runFilter, String leaseFilter) {
    inSession(session -> session.executeWrite(tx -> {
      tx.run("MATCH (r:IngestRun {status: 'running'}) " + runFilter
          + " SET r.status = 'interrupted', r.finished = $now", Map.of("me", owner, "now", utc(now))).consume();
      return tx.run("MATCH (s:Source) " + leaseFilter + " REMOVE s.leaseOwner, s.leaseUntil",
          Map.of("me", owner)).consume();
    }));
  }

  /** Records the start of a poll of a source claimed by {@code owner}. */
  public void startRun(String id, String source, String owner, Instant started) {
    inSession(session -> session.executeWrite(tx -> tx.run(START_RUN,
        Map.of("id", id, "source", source, "me", owner, "started", utc(started))).consume()));
  }

  /** Records how a poll ended. */
  public void finishRun(IngestRun run) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", run.id());
    p.put("finished", run.finished() == null ? null : utc(run.finished()));
    p.put("status", run.status());
    p.put("created", run.created());
    p.put("updated", run.updated());
    p.put("skipped", run.skipped());
    p.put("duplicates", run.duplicates());
    p.put("failed", run.failed());
    p.put("failures", run.failures());
    inSession(session -> session.executeWrite(tx -> tx.run(FINISH_RUN, p).consume()));
  }

  /** The last {@code perSource} runs of every source, by source, newest first. */
  public List<IngestRun> lastRuns(int perSource) {
    return inSession(session -> session.executeRead(tx -> tx.run(LAST_RUNS, Map.of("perSource", (long) perSource))
        .list(r -> run(r.get("r")))));
  }

  /** The stored validators of those URLs that have some: {@code [etag, lastModified]}, either may be null. */
  public Map<String, String[]> validators(Collection<String> urls) {
    return inSession(session -> session.executeRead(tx -> {
      Map<String, String[]> out = new HashMap<>();
      tx.run("MATCH (f:FetchState) WHERE f.url IN $urls RETURN f.url AS url, f.etag AS etag, f.lastModified AS lm",
          Map.of("urls", List.copyOf(urls))).forEachRemaining(r -> out.put(r.get("url").asString(),
          new String[] {r.get("etag").asString(null), r.get("lm").asString(null)}));
      return out;
    }));
  }

  /** Remembers validators by URL ({@code [etag, lastModified]}); call once what was fetched is committed. */
  public void saveValidators(Map<String, String[]> byUrl, Instant checked) {
    if (byUrl.isEmpty()) {
      return;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    byUrl.forEach((url, v) -> {
      Map<String, Object> row = new HashMap<>();
      row.put("url", url);
      row.put("etag", v[0]);
      row.put("lm", v[1]);
      rows.add(row);
    });
    rows.sort((a, b) -> ((String) a.get("url")).compareTo((String) b.get("url")));
    inSession(session -> session.executeWrite(tx -> tx.run("""
        UNWIND $rows AS row
        MERGE (f:FetchState {url: row.url})
        SET f.etag = row.etag, f.lastModified = row.lm, f.checked = $checked""",
        Map.of("rows", rows, "checked", utc(checked))).consume()));
  }

  /** Through the index on {@code loadedAt}: the articles of the window, not the whole corpus. */
  static final String RECENT_SIGNATURES = """
      MATCH (a:Article)
      WHERE a.loadedAt >= datetime() - $within AND a.signature IS NOT NULL
      RETURN a.id AS id, a.signature AS sig""";

  /**
   * The body signatures of the articles loaded or replaced in the last {@code within} that have
   * one (wire copies linked to them do not): the candidate originals of new wire copies.
   */
  public Map<String, BodySignature> signatures(Duration within) {
    return inSession(session -> session.executeRead(tx -> {
      Map<String, BodySignature> out = new HashMap<>();
      tx.run(RECENT_SIGNATURES, Map.of("within", within))
          .forEachRemaining(r -> out.put(r.get("id").asString(),
              BodySignature.fromList(r.get("sig").asList(Value::asLong))));
      return out;
    }));
  }

  /**
   * Records a wire copy: an {@code (:Article)} node with the copy's own id, URL, title, source and
   * hash (so that it is skipped when it is seen again) but no sentences or facts of its own, and
   * {@code -[:SAME_STORY_AS {similarity}]->} the article it copies. Returns false, writing nothing,
   * when that article is not in the graph.
   */
  public boolean linkCopy(Article copy, String originalId, double similarity) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", copy.id());
    p.put("url", copy.url());
    p.put("title", copy.title());
    p.put("authors", copy.authors());
    p.put("published", copy.published());
    p.put("source", copy.source());
    p.put("sha256", copy.sha256());
    p.put("original", originalId);
    p.put("similarity", similarity);
    return inSession(session -> session.executeWrite(tx -> tx.run(LINK_COPY, p).list().size() == 1));
  }

  private static IngestRun run(Value r) {
    return new IngestRun(r.get("id").asString(), r.get("source").asString(),
        r.get("started").asZonedDateTime().toInstant(),
        r.get("finished").isNull() ? null : r.get("finished").asZonedDateTime().toInstant(),
        r.get("status").asString(), r.get("new").asLong(), r.get("updated").asLong(), r.get("skipped").asLong(),
        r.get("duplicates").asLong(), r.get("failed").asLong(), r.get("failures").asList(Value::asString));
  }

  private <T> T inSession(Function<Session, T> work) {
    try (Session session = driver.session(sessionConfig)) {
      return work.apply(session);
    }
  }

  static ZonedDateTime utc(Instant t) {
    return t.atZone(ZoneOffset.UTC);
  }
}
