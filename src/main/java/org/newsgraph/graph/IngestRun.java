package org.newsgraph.graph;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One poll of one source, as recorded in the graph as an {@code (:IngestRun)} node.
 *
 * @param id unique id of the run
 * @param source the source's id (a folder path or a feed URL)
 * @param started when the poll began
 * @param finished when it ended, or null while it runs (or when it was interrupted)
 * @param status {@code running}, {@code done}, {@code failed} (the source itself could not be read)
 *     or {@code interrupted} (the watcher stopped before the end)
 * @param created articles loaded for the first time
 * @param updated articles whose changed version replaced the old one
 * @param skipped articles already loaded unchanged, or not modified since the last poll
 * @param duplicates wire copies linked to an article already loaded instead of being loaded again
 * @param failed items that could not be read, fetched or loaded
 * @param failures one line per failed item (the item and its error), then one per item loaded in
 *     a lesser form: a feed item whose page failed, loaded from its description (not counted in
 *     {@code failed})
 */
public record IngestRun(
    String id,
    String source,
    Instant started,
    Instant finished,
    String status,
    long created,
    long updated,
    long skipped,
    long duplicates,
    long failed,
    List<String> failures) {

  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";
  public static final String INTERRUPTED = "interrupted";

  public IngestRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(status, "status");
    failures = List.copyOf(failures == null ? List.of() : failures);
  }
}
