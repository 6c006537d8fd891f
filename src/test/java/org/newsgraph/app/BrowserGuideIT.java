package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's first minutes in Neo4j Browser, in a real headless Chromium on the embedded server with
 * the seed article loaded: the link NewsGraph prints opens Browser connected (no form), with the
 * NewsGraph guide open and the graph style applied; the guide's first two queries draw graphs of
 * entities; nothing goes wrong in the console, and the page sends no request to another site.
 * Leaves target/browser/seed-graph.png (the first query's graph: docs/seed-graph.png, in the README),
 * and a screenshot of the page when a step fails. Skipped only where Chromium is not installed (.ci/ensure-chromium installs it).
 */
class BrowserGuideIT {

  static final Path SCREENSHOTS = Path.of("target", "browser");
  private static final Duration WAIT = Duration.ofSeconds(60);
  /** The colour of people in browser/newsgraph.grass (#4C8EDA), as the page computes it. */
  private static final String PERSON_COLOUR = "rgb(76, 142, 218)";
  private static final List<String> ENTITY_TYPES = List.of("Person", "Organization", "Location", "Other");

  @TempDir static Path dataDir;
  @TempDir static Path profile;
  static GraphTestSupport graph;
  static HeadlessChromium chromium;

  @BeforeAll
  static void start() throws Exception {
    assumeThat(HeadlessChromium.installed())
        .as("Chromium at " + HeadlessChromium.EXECUTABLE + " (Debian's chromium package; .ci/ensure-chromium)").isTrue();
    graph = new GraphTestSupport(dataDir, 0);
    assertThat(graph.load(Path.of("seeds")).created()).isEqualTo(1);
    chromium = HeadlessChromium.start(profile.resolve("chromium"), 1400, 1000);
  }

  @AfterAll
  static void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (graph != null) {
      graph.close();
    }
  }

  @Test
  void theConnectLinkOpensBrowserConnectedWithTheGuideAndTheFirstQueriesDrawEntities() throws Exception {
    try {
      chromium.navigate(graph.server.browserConnectUrl());
      assertThat(chromium.waitFor("document.title.startsWith('neo4j@bolt://127.0.0.1:')", WAIT))
          .as("Browser connected (its title names the connection)").isTrue();
      assertThat(chromium.evaluate("document.querySelectorAll('input[type=password]').length").asInt())
          .as("password fields (a connect form)").isZero();

      assertThat(chromium.waitFor("document.querySelector('#guide-drawer h4')?.textContent.trim() === 'NewsGraph'",
          WAIT)).as("the NewsGraph guide open in the sidebar").isTrue();
      assertThat(chromium.evaluate("document.querySelectorAll('#guide-drawer pre.runnable[data-query]').length").asInt())
          .isEqualTo(2);

      for (int i = 0; i < 2; i++) {
        chromium.evaluate("document.querySelectorAll('#guide-drawer pre.runnable[data-query] i')[" + i + "].click()");
        int frames = i + 1;
        assertThat(chromium.waitFor("[...document.querySelectorAll('[data-testid=frame]')]"
            + ".filter(f => f.querySelector('svg g.node')).length === " + frames
            + " && document.querySelector('[data-testid=frame] [data-testid=vizInspector]') !== null", WAIT))
            .as("a graph drawn for the guide's query " + frames).isTrue();
        List<String> labels = newestGraphLabels();
        assertThat(labels).as("node labels of query " + frames).contains("Entity");
        assertThat(labels).as("node labels of query " + frames).containsAnyElementsOf(ENTITY_TYPES);
        if (i == 0) {
          pictureOfTheNewestGraph(SCREENSHOTS.resolve("seed-graph.png"));
        }
      }
      assertThat(chromium.evaluate("getComputedStyle(document.querySelector("
          + "'[data-testid=property-details-overview-node-label-Person]')).backgroundColor").asText())
          .as("people coloured by NewsGraph's style").isEqualTo(PERSON_COLOUR);

      assertThat(unexpectedErrors()).as("console errors").isEmpty();
      assertThat(chromium.requestedHosts()).as("hosts the page sent requests to")
          .allMatch(host -> host.startsWith("localhost:") || host.startsWith("127.0.0.1:"));
    } catch (Throwable e) {
      try {
        chromium.screenshot(SCREENSHOTS.resolve("failure-first-minutes.png"));
      } catch (Exception | AssertionError screenshot) {
        e.addSuppressed(screenshot);
      }
      throw e;
    }
  }

  /** The page, with the newest graph shown whole: its overview panel folded, the drawing zoomed to fit. */
  private static void pictureOfTheNewestGraph(Path file) throws Exception {
    chromium.evaluate("document.querySelector('[data-testid=frame] button[aria-label=\"Collapse the node properties"
        + " display\"]')?.click()");
    Thread.sleep(500);
    chromium.evaluate("document.querySelector('[data-testid=frame] button[aria-label=zoom-to-fit]')?.click()");
    Thread.sleep(1500); // the zoom is animated
    chromium.screenshot(file);
    // Browser keeps the panel folded for the next graphs too.
    chromium.evaluate("document.querySelector('[data-testid=frame] button[aria-label=\"Expand the node properties"
        + " display\"]')?.click()");
  }

  /** The labels in the overview of the newest graph frame (Browser puts new frames first). */
  private static List<String> newestGraphLabels() throws Exception {
    JsonNode ids = chromium.evaluate("[...document.querySelector('[data-testid=frame] [data-testid=vizInspector]')"
        + ".querySelectorAll('[data-testid^=property-details-overview-node-label-]')]"
        + ".map(e => e.dataset.testid.substring('property-details-overview-node-label-'.length))");
    List<String> labels = new ArrayList<>();
    ids.forEach(id -> labels.add(id.asText()));
    return labels;
  }

  /**
   * The console's errors, less the loads that the server's content policy refused because they
   * would go to another site (Browser on Community always asks for analytics, feedback and font
   * scripts, and sends error-tracking sessions): those refusals are the policy at work.
   */
  private static List<String> unexpectedErrors() {
    Pattern firstAddress = Pattern.compile("https?://([^/:'\\s]+)");
    List<String> unexpected = new ArrayList<>();
    for (String error : chromium.errors()) {
      Matcher m = firstAddress.matcher(error);
      boolean refusedElsewhere = error.contains("Content Security Policy") && m.find()
          && !m.group(1).equals("localhost") && !m.group(1).equals("127.0.0.1");
      if (!refusedElsewhere) {
        unexpected.add(error);
      }
    }
    return unexpected;
  }
}
