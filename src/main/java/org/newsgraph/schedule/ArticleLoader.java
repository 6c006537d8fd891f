package org.newsgraph.schedule;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.newsgraph.ingest.Article;

/**
 * Loads articles into the graph for a poll: extraction, wire-copy linking, batched writes. The
 * application supplies it; the schedule only decides what to load and when.
 */
public interface ArticleLoader {

  /** Reads and loads article files (each a file a folder source found new or changed). */
  Loaded loadFiles(List<Path> files);

  /** Loads articles fetched from a feed. */
  Loaded loadArticles(List<Article> articles);

  /**
   * Removes an article, as {@code remove} does, if it is loaded with exactly the content hash
   * {@code sha256}; tells whether it did.
   */
  boolean removeIfContent(String id, String sha256);

  /**
   * What this loader has committed since it was made, the load in progress included (the lists
   * left empty): a poll cut short records what it had done from the difference.
   */
  default Loaded soFar() {
    return new Loaded(0, 0, 0, 0, List.of(), Set.of());
  }

  /**
   * What a load did.
   *
   * @param created articles loaded for the first time
   * @param updated changed articles that replaced their old version
   * @param unchanged articles already loaded with the same content
   * @param copies wire copies linked to the article they copy
   * @param failures one line per file, record or article that could not be loaded
   * @param failedIds articles that were read but could not be loaded (to be tried again)
   */
  record Loaded(int created, int updated, int unchanged, int copies, List<String> failures, Set<String> failedIds) {
    public Loaded {
      failures = List.copyOf(failures);
      failedIds = Set.copyOf(failedIds);
    }
  }
}
