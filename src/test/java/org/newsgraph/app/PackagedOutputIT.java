package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged command writes UTF-8 whatever the locale: a bare C locale used to print "?" for "ê" and emoji. */
class PackagedOutputIT {

  @TempDir Path dir;

  @Test
  void extractWritesUtf8InTheCLocale() throws Exception {
    Path article = Files.writeString(dir.resolve("launch.txt"),
        "Launch day\n\nThe crew 🚀launched🚀 the probe, and Anna Berg fêted the team in Lyon.\n");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-jar", Path.of("target", "newsgraph.jar").toString(), "extract", article.toString());
    pb.environment().remove("LANG");
    pb.environment().remove("LC_CTYPE");
    pb.environment().put("LC_ALL", "C");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(text).contains("🚀launched🚀").contains("fêted").doesNotContain("f?ted");
  }
}
