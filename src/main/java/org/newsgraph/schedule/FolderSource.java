package org.newsgraph.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.ingest.ArticleReader;

/**
 * A watched folder (or a single file): each poll loads the article files (as a directory load reads them, sub-folders
 * included, hidden ones skipped) that are new or whose size or modification time changed since
 * the last poll in this process. The first poll offers every file; articles already in the graph
 * are then skipped by their content hash, so a restart costs one read of the folder, no NLP.
 *
 * <p>A file counts as seen once the loader has handled it; when some article could not be written
 * (the database was unavailable, say) the poll's files stay unseen and are offered again. Files
 * that cannot be read as articles are reported once, until they change. Deleted files are not
 * removed from the graph ({@code newsgraph remove} does that).
 */
public final class FolderSource implements Source {

  private record Stamp(long size, long modified) {}

  private final Path dir;
  private final String id;
  private final Map<Path, Stamp> seen = new HashMap<>();

  /** @param id how the folder is named in the graph and in logs (its absolute path, so that it is the same from any directory) */
  public FolderSource(Path dir, String id) {
    this.dir = dir;
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return Files.isDirectory(dir) ? "folder" : "file";
  }

  @Override
  public Poll poll(ArticleLoader loader) throws SourceException {
    if (!Files.exists(dir)) {
      throw new SourceException(id + ": no such file or directory");
    }
    Map<Path, Stamp> changed = new HashMap<>();
    for (Path file : articleFiles()) {
      Stamp stamp = stamp(file);
      if (stamp != null && !stamp.equals(seen.get(file))) {
        changed.put(file, stamp);
      }
    }
    if (changed.isEmpty()) {
      return new Poll(new ArticleLoader.Loaded(0, 0, 0, 0, List.of(), Set.of()), 0, List.of(), List.of());
    }
    List<Path> files = new ArrayList<>(changed.keySet());
    files.sort(null);
    ArticleLoader.Loaded loaded = loader.loadFiles(files);
    if (loaded.failedIds().isEmpty()) {
      seen.putAll(changed);
    }
    return new Poll(loaded, 0, List.of(), List.of());
  }

  private List<Path> articleFiles() throws SourceException {
    if (!Files.isDirectory(dir)) {
      return List.of(dir); // named directly: read whatever its name, as a load does
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !hidden(p))
          .filter(p -> Files.isRegularFile(p) && ArticleReader.isArticleFileName(p.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new SourceException(id + ": cannot list the folder: " + e.getMessage(), e);
    }
  }

  private boolean hidden(Path p) {
    for (Path part : dir.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Size and modification time, or null when the file went away meanwhile. */
  private static Stamp stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(a.size(), a.lastModifiedTime().toMillis());
    } catch (IOException e) {
      return null;
    }
  }
}
