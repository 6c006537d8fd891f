package org.newsgraph.graph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.graph.NamedQueries;

/**
 * The NewsGraph guide for Neo4j Browser ({@code :guide URL}): the page {@code browser/guide.html}
 * with the named queries of {@code cypher/explore.cypher} put in at its two marks, so that the guide
 * and the file cannot disagree. The first {@value #FIRST_LOOK} queries go on the first page; the
 * others follow, {@value #PER_SLIDE} to a page, each with its description and, when it has
 * parameters, a {@code :params} line with an example to run first. Clicking a query's play icon in
 * Browser runs it; clicking its text puts it in the editor.
 */
public final class BrowserGuide {

  static final String TEMPLATE = "guide.html";
  static final String FIRST_LOOK_MARK = "<!-- first look -->";
  static final String QUERIES_MARK = "<!-- named queries -->";
  static final int FIRST_LOOK = 2;
  static final int PER_SLIDE = 3;

  /** Example values for the parameters of the named queries; they name entities of the seed article. */
  private static final Map<String, String> EXAMPLES =
      Map.of("name", "Donald Trump", "from", "Donald Trump", "to", "Kim Jong Un");
  private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

  private BrowserGuide() {}

  /** The guide from the template and the queries on the classpath (the ones the jar ships). */
  public static String html() {
    return Holder.HTML;
  }

  /** The guide: {@code template} with {@code queries} put in at its marks. */
  static String render(String template, List<NamedQueries.Query> queries) {
    if (!template.contains(FIRST_LOOK_MARK) || !template.contains(QUERIES_MARK)) {
      throw new IllegalArgumentException("the guide template lacks " + FIRST_LOOK_MARK + " or " + QUERIES_MARK);
    }
    int split = Math.min(FIRST_LOOK, queries.size());
    StringBuilder firstLook = new StringBuilder();
    for (NamedQueries.Query q : queries.subList(0, split)) {
      firstLook.append(query(q));
    }
    StringBuilder slides = new StringBuilder();
    List<NamedQueries.Query> rest = queries.subList(split, queries.size());
    for (int from = 0; from < rest.size(); from += PER_SLIDE) {
      List<NamedQueries.Query> page = rest.subList(from, Math.min(rest.size(), from + PER_SLIDE));
      slides.append("<slide>\n  <h3>Queries ").append(split + from + 1).append('–').append(split + from + page.size())
          .append(" of ").append(queries.size()).append("</h3>\n");
      for (NamedQueries.Query q : page) {
        slides.append(query(q));
      }
      slides.append("</slide>\n");
    }
    return template.replace(FIRST_LOOK_MARK, firstLook.toString().strip()).replace(QUERIES_MARK, slides.toString().strip());
  }

  private static String query(NamedQueries.Query q) {
    StringBuilder out = new StringBuilder();
    out.append("  <h4>").append(escape(q.name())).append("</h4>\n");
    out.append("  <p>").append(escape(q.description())).append("</p>\n");
    List<String> parameters = parameters(q.cypher());
    if (!parameters.isEmpty()) {
      List<String> values = new ArrayList<>();
      for (String p : parameters) {
        values.add(p + ": '" + EXAMPLES.getOrDefault(p, "") + "'");
      }
      out.append("  <pre class=\"runnable\">").append(escape(":params {" + String.join(", ", values) + "}"))
          .append("</pre>\n");
    }
    out.append("  <pre class=\"runnable\" data-query=\"").append(escape(q.name())).append("\">")
        .append(escape(q.cypher())).append("</pre>\n");
    return out.toString();
  }

  /** The names of the statement's parameters, in order of first use. */
  static List<String> parameters(String cypher) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PARAMETER.matcher(cypher);
    while (m.find()) {
      names.add(m.group(1));
    }
    return List.copyOf(names);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String resource(String path) {
    try (InputStream in = BrowserGuide.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rendered once, when first asked for: the template and the queries do not change while the jar runs. */
  private static final class Holder {
    static final String HTML = render(resource(TEMPLATE), NamedQueries.loadDefault().all());
  }
}
