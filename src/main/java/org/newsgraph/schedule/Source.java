package org.newsgraph.schedule;

import java.util.List;

/**
 * A place where articles arrive: a folder or a news feed. Each poll hands what is new or changed
 * since the last poll to the loader and says what happened.
 *
 * <p>Implementations remember what they have seen only once the loader has committed it, so a
 * poll stopped at any point loses nothing: the next poll (in this process or after a restart)
 * offers the same articles again, and the loader skips those already in the graph by content hash.
 * A source is polled by one thread at a time.
 */
public interface Source {

  /** Stable id, also the key of the source's node in the graph: a folder path or a feed URL. */
  String id();

  /** {@code folder} or {@code feed}. */
  String kind();

  /**
   * Polls once.
   *
   * @throws SourceException when the source itself cannot be read (the folder is gone, the feed
   *     answers 500 or is not a feed); nothing was loaded from it then
   */
  Poll poll(ArticleLoader loader) throws SourceException;

  /**
   * What one poll did.
   *
   * @param loaded what the loader did with the articles handed to it
   * @param notModified articles not handed to the loader because the source says they have not
   *     changed since the last poll (HTTP 304)
   * @param failures items of the source that could not be read or fetched (beside the loader's)
   * @param fallbacks items handed to the loader in a lesser form (a feed item's description for
   *     its page, which failed): reported, not counted as failed
   */
  record Poll(ArticleLoader.Loaded loaded, int notModified, List<String> failures, List<String> fallbacks) {
    public Poll {
      failures = List.copyOf(failures);
      fallbacks = List.copyOf(fallbacks);
    }
  }
}
