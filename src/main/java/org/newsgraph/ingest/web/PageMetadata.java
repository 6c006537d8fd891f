package org.newsgraph.ingest.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.ingest.Bylines;
import org.newsgraph.ingest.Dates;

/**
 * Headline, dates and authors of an article page, from the page's own metadata first and the
 * feed item's second: a page usually knows its byline and dates better than a feed summary does.
 *
 * <p>Title: {@code og:title}, the first {@code <h1>}, {@code <title>}, the item's title.
 * Published: {@code article:published_time}, {@code itemprop=datePublished}, JSON-LD
 * {@code datePublished}, a {@code <time datetime>} (one marked as the publication date, else the
 * first in the {@code <article>}, else the first on the page), the item's date (taken in UTC).
 * Updated: {@code article:modified_time}, {@code itemprop=dateModified}, JSON-LD
 * {@code dateModified}. Authors: the first of meta {@code author}, JSON-LD {@code author},
 * {@code rel=author} links and the item's authors that gives any. Dates keep the calendar date as
 * the publisher wrote it, as for files.
 *
 * @param title the headline, never null (may be empty)
 * @param published publication date, or null
 * @param updated date of the last update, or null
 * @param authors the authors, in order, without repeats
 */
record PageMetadata(String title, LocalDate published, LocalDate updated, List<String> authors) {

  PageMetadata {
    title = title == null ? "" : title;
    authors = List.copyOf(authors);
  }

  /** Reads the page's metadata; {@code item} may be null for a page that no feed led to. */
  static PageMetadata read(Document page, FeedItem item) {
    JsonLd jsonLd = JsonLd.of(page);
    String title = firstNonBlank(
        content(page, "meta[property=og:title]"),
        text(page.selectFirst("h1")),
        page.title(),
        item == null ? null : item.title());
    LocalDate published = firstDate(
        content(page, "meta[property=article:published_time]"),
        content(page, "meta[itemprop=datePublished]"),
        jsonLd.datePublished(),
        attr(page.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]"), "datetime"),
        attr(page.selectFirst("article time[datetime]"), "datetime"),
        attr(page.selectFirst("time[datetime]"), "datetime"));
    if (published == null && item != null) {
      published = item.publishedDate();
    }
    LocalDate updated = firstDate(
        content(page, "meta[property=article:modified_time]"),
        content(page, "meta[itemprop=dateModified]"),
        jsonLd.dateModified());
    return new PageMetadata(title, published, updated, authors(page, jsonLd, item));
  }

  private static List<String> authors(Document page, JsonLd jsonLd, FeedItem item) {
    List<List<String>> sources = new ArrayList<>();
    sources.add(bylines(page.select("meta[name=author][content]").eachAttr("content")));
    sources.add(bylines(jsonLd.authors()));
    sources.add(bylines(page.select("a[rel~=(^|\\s)author(\\s|$)]").eachText()));
    sources.add(item == null ? List.of() : item.authors());
    for (List<String> names : sources) {
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /** Names from byline strings; a string that is no byline ("Staff reporters") is kept whole. */
  private static List<String> bylines(List<String> values) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (String value : values) {
      String v = value.strip().replaceAll("\\s+", " ");
      if (v.isEmpty() || v.contains("://")) {
        continue;
      }
      List<String> split = Bylines.names(v);
      names.addAll(split.isEmpty() ? List.of(v) : split);
    }
    return List.copyOf(names);
  }

  private static LocalDate firstDate(String... candidates) {
    for (String candidate : candidates) {
      LocalDate date = Dates.parse(candidate);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static String content(Document page, String selector) {
    return attr(page.selectFirst(selector + "[content]"), "content");
  }

  private static String attr(Element element, String name) {
    return element == null ? null : element.attr(name);
  }

  private static String text(Element element) {
    return element == null ? null : element.text();
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip().replaceAll("\\s+", " ");
      }
    }
    return null;
  }
}
