package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar's class path (what the launcher runs): every library is there and none is
 * signed, because the JVM cannot keep a signed jar's classes in the launcher's class-data archive
 * and checks its digests on every start (the build writes Eclipse Collections without its
 * signature; a new signed dependency needs the same).
 */
class PackagedLibsIT {

  private static final Path TARGET = Path.of("target");

  @Test
  void everyLibraryOnTheClassPathIsThereAndUnsigned() throws IOException {
    List<String> classPath;
    try (JarFile app = new JarFile(TARGET.resolve("newsgraph.jar").toFile())) {
      classPath = Arrays.asList(app.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH).split(" "));
    }
    assertThat(classPath).anyMatch(entry -> entry.startsWith("lib/eclipse-collections-api-"))
        .anyMatch(entry -> entry.startsWith("lib/neo4j-kernel-"));

    List<String> signed = new ArrayList<>();
    for (String entry : classPath) {
      Path lib = TARGET.resolve(entry);
      assertThat(lib).as("class path entry %s", entry).isRegularFile();
      if (hasSignature(lib)) {
        signed.add(entry);
      }
    }
    assertThat(signed).as("signed jars in target/lib").isEmpty();
  }

  @Test
  void theUnsignedCopiesKeepEveryClass() throws IOException {
    // Maven's own copies, which the test class path also lists (after target/lib, through the jar)
    List<Path> originals = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> p.getFileName().toString().startsWith("eclipse-collections") && !p.startsWith(TARGET.toAbsolutePath()))
        .toList();
    assertThat(originals).hasSize(2);
    for (Path original : originals) {
      assertThat(hasSignature(original)).as("%s is the signed original", original).isTrue();
      assertThat(classes(TARGET.resolve("lib").resolve(original.getFileName()))).isEqualTo(classes(original));
    }
  }

  private static boolean hasSignature(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      return file.stream().anyMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
    }
  }

  private static List<String> classes(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      return file.stream().filter(e -> e.getName().endsWith(".class"))
          .map(e -> e.getName() + " " + e.getSize() + " " + e.getCrc()).sorted().toList();
    }
  }
}
