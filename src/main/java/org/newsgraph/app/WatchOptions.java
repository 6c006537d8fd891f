package org.newsgraph.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The feeds to watch, how often to poll and how far back wire copies are looked for, shared by {@code watch} and {@code up}. */
final class WatchOptions {

  @Option(names = "--feed", paramLabel = "URL", converter = FeedUrl.class,
      description = "An RSS 2.0 or Atom feed to poll (repeatable). Each new or changed item's page is fetched and loaded.")
  List<URI> feeds = new ArrayList<>();

  @Option(names = "--public-only",
      description = "Refuse to fetch feeds, pages or redirects on this machine or a private network (localhost,"
          + " 10.x, 192.168.x, link-local, …). By default a feed may link anywhere, and what it links to is loaded.")
  boolean publicOnly;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
      description = "Time between polls: 30s, 10m, 2h … (default: ${DEFAULT-VALUE}).")
  Duration every;

  @Option(names = "--copies-within", paramLabel = "DURATION", defaultValue = "7d", converter = DurationConverter.class,
      description = {"A new article is compared, to recognise a wire copy, with the articles loaded or replaced within"
          + " this time before it (and those of the same poll): 12h, 7d, 30d … (default: ${DEFAULT-VALUE}). A copy of"
          + " an older article is loaded as an article of its own. Longer windows compare with more articles per poll."})
  Duration copiesWithin;

  /** An absolute http or https URL. */
  static final class FeedUrl implements ITypeConverter<URI> {
    @Override
    public URI convert(String value) {
      try {
        URI uri = new URI(value.trim());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
          return uri;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not an http or https URL");
    }
  }
}
