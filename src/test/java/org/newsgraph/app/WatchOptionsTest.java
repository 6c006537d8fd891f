package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

class WatchOptionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com/rss.xml", "http://127.0.0.1:8080/feed?x=1"})
  void acceptsHttpUrls(String url) {
    assertThat(new WatchOptions.FeedUrl().convert(url)).isEqualTo(URI.create(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {"feed.xml", "ftp://example.com/rss", "file:///tmp/rss.xml", "http://", "not a url"})
  void rejectsEverythingElse(String url) {
    assertThatThrownBy(() -> new WatchOptions.FeedUrl().convert(url))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("not an http or https URL");
  }

  @Test
  void watchWithABadFeedIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));

    int status = cli.execute("watch", "--once", "--feed", "ftp://example.com/rss");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("--feed").contains("ftp://example.com/rss");
  }

  @Test
  void copiesAreLookedForWithinAWeekUnlessToldOtherwise() {
    WatchOptions defaults = new WatchOptions();
    new CommandLine(defaults).parseArgs();
    WatchOptions month = new WatchOptions();
    new CommandLine(month).parseArgs("--copies-within", "30d");

    assertThat(defaults.copiesWithin).isEqualTo(Duration.ofDays(7));
    assertThat(month.copiesWithin).isEqualTo(Duration.ofDays(30));
  }
}
