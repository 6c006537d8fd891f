package org.newsgraph.ingest.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with ROME.
 *
 * <p>Input: a feed's bytes (the encoding is taken from the byte-order mark or the XML
 * declaration, else UTF-8) and the URL they came from. Output: the entries as {@link FeedItem}s
 * in feed order, with links made absolute against that URL. A body that is not a feed (an HTML
 * page, malformed XML, nothing, or XML of another kind) is a {@link BadFeedException} naming
 * the URL. Document type declarations are refused, so a feed can't make the parser read local
 * files or other URLs. Thread-safe.
 */
public final class FeedParser {

  /** An HTML page where a feed should be: the first tag after any XML declaration or comments. */
  private static final Pattern HTML_START = Pattern.compile(
      "^(?:\\s|<\\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\\s+html|html)[\\s>]",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
  /** The first element's name: the first tag that is not a declaration, comment or instruction. */
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w:.-]*)");
  /** RSS {@code <author>}: an e-mail address with the name in brackets. */
  private static final Pattern MAIL_AND_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  private static final int SNIFF_CHARS = 1024;

  /** The entries of the feed, in feed order. */
  public List<FeedItem> parse(byte[] body, URI feedUri) throws BadFeedException {
    // Bytes read as Latin-1 keep every ASCII tag readable whatever the real encoding is.
    String start = new String(body, 0, Math.min(body.length, SNIFF_CHARS), StandardCharsets.ISO_8859_1)
        .replaceFirst("^\u00EF\u00BB\u00BF", "");
    if (start.isBlank()) {
      throw new BadFeedException(feedUri, "empty response, not an RSS or Atom feed", null);
    }
    if (HTML_START.matcher(start).find()) {
      throw new BadFeedException(feedUri, "an HTML page, not an RSS or Atom feed", null);
    }
    List<SyndEntry> entries;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
      entries = new SyndFeedInput().build(reader).getEntries();
    } catch (ParsingFeedException e) {
      if (DOCTYPE.matcher(start).find()) {
        throw new BadFeedException(feedUri, "refused: the feed declares a DOCTYPE, which could make the parser "
            + "read other files or URLs", e);
      }
      throw new BadFeedException(feedUri, "malformed XML at line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + " (" + rootMessage(e) + ")", e);
    } catch (IllegalArgumentException e) {
      Matcher root = ROOT.matcher(start);
      String what = root.find() ? "XML with root element <" + root.group(1) + ">" : "XML";
      throw new BadFeedException(feedUri, what + ", not an RSS or Atom feed", e);
    } catch (FeedException | IOException e) {
      throw new BadFeedException(feedUri, "cannot read the feed (" + rootMessage(e) + ")", e);
    }
    List<FeedItem> items = new ArrayList<>(entries.size());
    for (SyndEntry entry : entries) {
      toItem(entry, feedUri).ifPresent(items::add);
    }
    return items;
  }

  private static Optional<FeedItem> toItem(SyndEntry entry, URI feedUri) {
    URI link = HttpUrls.resolve(feedUri, entry.getLink());
    String title = clean(entry.getTitle());
    String guid = firstNonBlank(clean(entry.getUri()), link == null ? null : link.toString(), title);
    if (guid == null) {
      // An entry with no id, no link and no title has nothing to read and nothing to name it by.
      return Optional.empty();
    }
    return Optional.of(new FeedItem(guid, link, title, description(entry), published(entry), authors(entry)));
  }

  private static String description(SyndEntry entry) {
    SyndContent summary = entry.getDescription();
    if (summary != null && clean(summary.getValue()) != null) {
      return summary.getValue().strip();
    }
    for (SyndContent content : entry.getContents()) {
      if (clean(content.getValue()) != null) {
        return content.getValue().strip();
      }
    }
    return null;
  }

  private static Instant published(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant();
  }

  private static List<String> authors(SyndEntry entry) {
    Set<String> names = new LinkedHashSet<>();
    for (SyndPerson person : entry.getAuthors()) {
      addAuthor(names, firstNonBlank(clean(person.getName()), clean(person.getEmail())));
    }
    if (names.isEmpty()) {
      addAuthor(names, clean(entry.getAuthor()));
    }
    return List.copyOf(names);
  }

  private static void addAuthor(Set<String> names, String author) {
    if (author != null) {
      Matcher m = MAIL_AND_NAME.matcher(author);
      names.add(m.matches() ? m.group(1).strip() : author);
    }
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
