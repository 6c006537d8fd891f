package org.newsgraph.app;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The feeds to watch and how often to poll, shared by {@code watch} and {@code up}. */
final class WatchOptions {

  @Option(names = "--feed", paramLabel = "URL",
      description = "An RSS 2.0 or Atom feed to poll (repeatable). Each new or changed item's page is fetched and loaded.")
  List<URI> feeds = new ArrayList<>();

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
      description = "Time between polls: 30s, 10m, 2h … (default: ${DEFAULT-VALUE}).")
  Duration every;
}
