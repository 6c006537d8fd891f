package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** docker-compose.yml: a Neo4j 5.26 server with a password from the environment, and the app watching seeds/ and loading into it. */
class ComposeFileTest {

  private static final Path COMPOSE = Path.of("docker-compose.yml");

  private static JsonNode compose() throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
  }

  @Test
  void neo4jServiceIsCommunity526WithPasswordFromEnvironmentVolumesAndHealthcheck() throws Exception {
    JsonNode neo4j = compose().path("services").path("neo4j");
    assertThat(neo4j.path("image").asText()).isEqualTo("neo4j:5.26-community");
    assertThat(neo4j.path("environment").path("NEO4J_AUTH").asText()).startsWith("neo4j/${NEO4J_PASSWORD");
    assertThat(neo4j.path("volumes").size()).isGreaterThanOrEqualTo(1);
    assertThat(neo4j.path("healthcheck").path("test").isMissingNode()).isFalse();
    // no usage reports, from the server or from Browser
    assertThat(neo4j.path("environment").path("NEO4J_dbms_usage__report_enabled").asText()).isEqualTo("false");
    assertThat(neo4j.path("environment").path("NEO4J_client_allow__telemetry").asText()).isEqualTo("false");
  }

  @Test
  void appLoadsSeedsIntoTheServerOnceHealthy() throws Exception {
    JsonNode app = compose().path("services").path("newsgraph");
    assertThat(app.path("command").toString()).contains("watch").contains("seeds");
    assertThat(app.path("environment").path("NEO4J_URI").asText()).isEqualTo("bolt://neo4j:7687");
    assertThat(app.path("environment").path("NEO4J_PASSWORD").asText()).startsWith("${NEO4J_PASSWORD");
    assertThat(app.path("depends_on").path("neo4j").path("condition").asText()).isEqualTo("service_healthy");
  }

  @Test
  void composeItselfAcceptsTheFileWhenInstalled() throws Exception {
    Path tool = Path.of("/usr/bin/docker-compose");
    Assumptions.assumeTrue(Files.isExecutable(tool), "docker-compose is not installed");
    ProcessBuilder pb = new ProcessBuilder(tool.toString(), "-f", COMPOSE.toString(), "config", "-q")
        .redirectErrorStream(true);
    pb.environment().put("NEO4J_PASSWORD", "compose-check");
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
  }
}
