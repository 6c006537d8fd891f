package org.newsgraph.ingest.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.newsgraph.ingest.BodyText;
import org.newsgraph.ingest.Bylines;

/**
 * The text of the article on a page, without the page around it.
 *
 * <p>Page furniture goes first: navigation, headers, footers, asides, scripts, styles, forms,
 * embedded frames, the {@code <h1>} (the headline is kept apart) and every element whose class or
 * id names it an ad, a share box, related links, a newsletter sign-up, a promotion or a cookie
 * notice. The article is then the {@code itemprop=articleBody} element, else the {@code <article>}
 * with the most text, else {@code <main>}, else the whole body. Figure captions are taken out into
 * the caption. Each block element (paragraph, heading, list item, quote) becomes a paragraph;
 * paragraphs are separated by blank lines and cleaned as file bodies are ({@link BodyText}).
 *
 * @param body the article text, possibly empty
 * @param caption the figure captions, one per line, or null when there are none
 */
record ArticleText(String body, String caption) {

  private static final String FURNITURE = "nav, header, footer, aside, script, style, noscript, template, "
      + "form, iframe, svg, button, select, textarea, dialog, h1, [hidden]";
  /** Class and id words that say what an element is, after splitting camelCase and hyphens. */
  private static final Set<String> JUNK_WORDS = Set.of("ad", "ads", "adslot", "adsbygoogle", "share", "sharing",
      "social", "related", "consent", "outbrain", "taboola", "recommended", "byline");
  private static final List<String> JUNK_PREFIXES = List.of("advert", "sponsor", "newsletter", "promo", "cookie");
  private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+");
  private static final int MAX_BYLINE = 100;
  /** Stands for a {@code <br>} until paragraphs are cut: two in a row end a paragraph. */
  private static final char BREAK = '\uE000';
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile(BREAK + "\\s*" + BREAK + "[\\s" + BREAK + "]*");
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  /** The article text and captions of a page; the page itself is left as it was. */
  static ArticleText of(Document page) {
    Element body = page.body().clone();
    body.select(FURNITURE).remove();
    List<Element> junk = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (element != body && !isContainer(element) && isJunk(element)) {
        junk.add(element);
      }
    }
    junk.forEach(Element::remove);
    removeMetadataLines(body);
    Element article = articleElement(body);
    List<String> captions = new ArrayList<>();
    for (Element caption : article.select("figcaption")) {
      captions.add(caption.text().strip());
    }
    article.select("figure, figcaption").remove();
    captions.removeIf(String::isEmpty);
    return new ArticleText(paragraphs(article), captions.isEmpty() ? null : String.join("\n", captions));
  }

  /** Plain text of an HTML snippet, such as a feed item's description, in paragraphs. */
  static String fromHtml(String html) {
    return html == null ? "" : paragraphs(Jsoup.parseBodyFragment(html).body());
  }

  /**
   * Bylines and datelines are metadata, read elsewhere: a short "By …" block around a
   * {@code rel=author} link, and a {@code <time>} that stands on a line of its own.
   */
  private static void removeMetadataLines(Element body) {
    for (Element author : body.select("a[rel~=(^|\\s)author(\\s|$)]")) {
      Element block = blockAround(author);
      if (block != body && block.text().length() <= MAX_BYLINE && Bylines.hasByPrefix(block.text())) {
        block.remove();
      }
    }
    for (Element time : body.select("time")) {
      if (standsAlone(time)) {
        time.remove();
      }
    }
  }

  /** True when no text or inline element shares the element's line (up to the next block). */
  private static boolean standsAlone(Element element) {
    for (Element e = element; e.parent() != null; e = e.parent()) {
      for (Node sibling : e.siblingNodes()) {
        boolean text = sibling instanceof TextNode t && !t.isBlank();
        boolean inline = sibling instanceof Element other && !other.isBlock() && !other.nameIs("br");
        if (text || inline) {
          return false;
        }
      }
      if (e.parent().isBlock()) {
        return true;
      }
    }
    return true;
  }

  private static Element blockAround(Element element) {
    Element block = element.parent();
    while (!block.isBlock() && block.parent() != null) {
      block = block.parent();
    }
    return block;
  }

  private static Element articleElement(Element body) {
    Element marked = body.selectFirst("[itemprop=articleBody]");
    if (marked != null) {
      return marked;
    }
    Element longest = body.select("article").stream()
        .max(Comparator.comparingInt((Element e) -> e.text().length()))
        .orElse(null);
    if (longest != null) {
      return longest;
    }
    Element main = body.selectFirst("main, [role=main]");
    return main != null ? main : body;
  }

  /** The elements that may hold the article are never dropped for their class names. */
  private static boolean isContainer(Element element) {
    return element.nameIs("article") || element.nameIs("main") || element.attr("itemprop").equals("articleBody");
  }

  private static boolean isJunk(Element element) {
    String names = CAMEL.matcher(element.className() + " " + element.id()).replaceAll(" ");
    for (String word : WORD_BREAK.split(names.toLowerCase(Locale.ROOT))) {
      if (JUNK_WORDS.contains(word) || JUNK_PREFIXES.stream().anyMatch(word::startsWith)) {
        return true;
      }
    }
    return false;
  }

  private static String paragraphs(Element root) {
    Paragraphs collector = new Paragraphs();
    collector.traverse(root);
    collector.flush();
    return BodyText.clean(String.join("\n\n", collector.paragraphs));
  }

  /**
   * Collects text, starting a new paragraph at every block element and at two line breaks in a
   * row. One {@code <br>} is a space: it wraps a line more often than it ends a sentence.
   */
  private static final class Paragraphs implements NodeVisitor {
    final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        current.append(text.getWholeText());
      } else if (node instanceof Element element && element.nameIs("br")) {
        current.append(BREAK);
      } else if (node instanceof Element element && element.isBlock()) {
        flush();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && element.isBlock()) {
        flush();
      }
    }

    void flush() {
      for (String part : PARAGRAPH_BREAK.split(current)) {
        String paragraph = part.replace(BREAK, ' ').replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!paragraph.isEmpty()) {
          paragraphs.add(paragraph);
        }
      }
      current.setLength(0);
    }
  }
}
