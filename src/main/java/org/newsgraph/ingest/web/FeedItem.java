package org.newsgraph.ingest.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an RSS or Atom feed, as the feed describes it.
 *
 * @param guid the entry's identifier ({@code guid}, Atom {@code id}), else its link, else its
 *     title; never blank
 * @param link the page the entry points to, absolute (relative links are resolved against the
 *     feed's URL), or null when the entry has no usable link
 * @param title the entry's title, never null (may be empty)
 * @param description the summary ({@code description}, Atom {@code summary}), else the full
 *     content, as the feed gives it (often HTML), or null
 * @param published the publication date, else the last update, or null
 * @param authors the entry's authors, in order
 */
public record FeedItem(
    String guid, URI link, String title, String description, Instant published, List<String> authors) {

  public FeedItem {
    Objects.requireNonNull(guid, "guid");
    if (guid.isBlank()) {
      throw new IllegalArgumentException("feed item guid is blank");
    }
    if (link != null && !link.isAbsolute()) {
      throw new IllegalArgumentException("feed item link is not absolute: " + link);
    }
    title = title == null ? "" : title;
    authors = List.copyOf(authors == null ? List.of() : authors);
  }

  /** The calendar date of {@link #published} in UTC, or null; feeds give instants, not dates. */
  public LocalDate publishedDate() {
    return published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC);
  }

  /** The link when there is one, else the guid: how to name the item in a problem report. */
  public String label() {
    return link != null ? link.toString() : guid;
  }
}
