/**
 * News from the web: fetches RSS and Atom feeds and the article pages they link to, and turns
 * them into {@link org.newsgraph.ingest.Article} records for the rest of the pipeline.
 *
 * <p>Parts, from the wire up:
 *
 * <ul>
 *   <li>{@link org.newsgraph.ingest.web.PoliteHttp}: conditional GETs ({@code ETag},
 *       {@code Last-Modified}), a per-host delay, its own redirect handling (http and https only),
 *       a timeout that covers the body, and a size cap applied while the body streams in; what
 *       each site's robots.txt does not allow is not fetched
 *       ({@link org.newsgraph.ingest.web.RobotsRules}, crawler-commons' parser), and a host that
 *       answered {@code Retry-After} is left alone for that long. Settings
 *       in {@link org.newsgraph.ingest.web.HttpSettings}; failures are
 *       {@link org.newsgraph.ingest.web.FetchException}s whose message names the URL.
 *   <li>{@link org.newsgraph.ingest.web.FeedParser}: RSS and Atom (ROME) into
 *       {@link org.newsgraph.ingest.web.FeedItem}s; a body that is not a feed is a
 *       {@link org.newsgraph.ingest.web.BadFeedException}.
 *   <li>{@link org.newsgraph.ingest.web.PageExtractor}: an article page (jsoup) into an
 *       {@code Article}: canonical URL as id, metadata from the page then the item, the article
 *       text without the page around it, and a hash of that text, not of the page.
 *   <li>{@link org.newsgraph.ingest.web.FeedPoller}: one feed and its items' pages into a
 *       {@link org.newsgraph.ingest.web.FeedPoll}, reading validators from a
 *       {@link org.newsgraph.ingest.web.ValidatorMemory}.
 * </ul>
 *
 * <p>Remembering is the caller's job, and must come after the commit: the poller reads validators
 * but never writes them, so that a crash between fetching and committing can't make an article
 * look already loaded. {@link org.newsgraph.ingest.web.InMemoryValidators} shows the order: poll,
 * commit the articles, then {@code remember(poll)}.
 *
 * <p>The package knows nothing of Neo4j, of scheduling or of the command line. Every class is
 * thread-safe; one {@code PoliteHttp} should serve the whole process, since the per-host delay,
 * the robots.txt rules and the hosts' Retry-After hold per instance.
 */
package org.newsgraph.ingest.web;
