package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Docker set-up, checked without a Docker engine (there is none here): the compose file's
 * wiring, the image tag pinned once in docker/.env, the Dockerfile's stages, and the image's entry
 * point, which is a plain shell script and runs here.
 */
class DockerComposeTest {
  static final Path DOCKER = Path.of("..", "docker");
  private static JsonNode compose;

  @BeforeAll
  static void readCompose() throws IOException {
    compose =
        new ObjectMapper(new YAMLFactory()).readTree(DOCKER.resolve("docker-compose.yml").toFile());
  }

  /** The Neo4j image pinned in docker/.env, which compose and the Testcontainers tests read. */
  static String pinnedNeo4jImage() throws IOException {
    Properties env = new Properties();
    try (var in = Files.newBufferedReader(DOCKER.resolve(".env"), StandardCharsets.UTF_8)) {
      env.load(in);
    }
    return env.getProperty("NEO4J_IMAGE");
  }

  @Test
  void neo4jImageTagIsPinnedOnceInDotEnvAndComposeTakesItFromThere() throws IOException {
    String image = pinnedNeo4jImage();

    assertThat(image).matches("neo4j:\\d+\\.\\d+\\.\\d+(-community)?");
    assertThat(compose.at("/services/neo4j/image").asText()).isEqualTo("${NEO4J_IMAGE}");
    String composeText = Files.readString(DOCKER.resolve("docker-compose.yml"));
    assertThat(composeText).doesNotContain(image.substring(image.indexOf(':') + 1));
  }

  @Test
  void neo4jTakesAuthFromTheEnvFileKeepsDataOnAVolumeAndHasAHealthCheck() {
    JsonNode neo4j = compose.at("/services/neo4j");

    assertThat(texts(neo4j.get("env_file"))).containsExactly("neo4j.env");
    assertThat(neo4j.path("environment").has("NEO4J_AUTH"))
        .as("no password in the compose file")
        .isFalse();
    assertThat(texts(neo4j.get("volumes"))).contains("neo4j-data:/data");
    assertThat(compose.at("/volumes").has("neo4j-data")).isTrue();
    assertThat(texts(neo4j.at("/healthcheck/test")))
        .anyMatch(part -> part.contains("cypher-shell"));
    assertThat(neo4j.at("/healthcheck/interval").asText()).isNotEmpty();
  }

  @Test
  void cadregraphWaitsForAHealthyNeo4jAndReloadsOnASchedule() {
    JsonNode cadregraph = compose.at("/services/cadregraph");

    assertThat(cadregraph.at("/depends_on/neo4j/condition").asText()).isEqualTo("service_healthy");
    assertThat(texts(cadregraph.get("env_file"))).containsExactly("neo4j.env");
    assertThat(cadregraph.at("/environment/NEO4J_URI").asText()).isEqualTo("bolt://neo4j:7687");
    List<String> command = texts(cadregraph.get("command"));
    assertThat(command).startsWith("load", "/articles").contains("--every");
    String every = command.get(command.indexOf("--every") + 1);
    assertThat(ReloadSchedule.parse(every)).isPositive();
    assertThat(texts(cadregraph.get("volumes")))
        .anyMatch(v -> v.endsWith(":/articles:ro") && v.contains("seeds"));
    assertThat(cadregraph.at("/build/dockerfile").asText()).isEqualTo("docker/Dockerfile");
    assertThat(
            DOCKER.resolve(cadregraph.at("/build/context").asText()).resolve("docker/Dockerfile"))
        .exists();
  }

  @Test
  void composeOptionsParseAsTheLoadCommandLine() {
    List<String> command = texts(compose.at("/services/cadregraph/command"));

    // Parsed (not run) by the real command line: a typo in an option would fail here.
    var parsed = Main.commandLine(Map.of(), false).parseArgs(command.toArray(String[]::new));

    assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("load");
    assertThat(parsed.subcommand().hasMatchedOption("--every")).isTrue();
  }

  @Test
  void dockerfileBuildsWithMavenAndRunsOnAJavaRuntimeAsANonRootUser() throws IOException {
    List<String> lines = Files.readAllLines(DOCKER.resolve("Dockerfile"));
    List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();

    assertThat(froms).hasSize(2);
    assertThat(froms.get(0)).contains("maven:").contains("17").contains(" AS build");
    assertThat(froms.get(1)).contains("17-jre");
    assertThat(lines).anyMatch(l -> l.startsWith("USER ") && !l.contains("root"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("COPY --from=build") && l.contains("cadregraph.jar"));
    assertThat(Path.of("..", "docker", "neo4j.env.example"))
        .content()
        .contains("NEO4J_AUTH=neo4j/");
  }

  @Test
  void entryPointPassesTheNeo4jAuthOnAsUserAndPassword() throws Exception {
    Path sh = Path.of("/bin/sh");
    assumeTrue(Files.isExecutable(sh), "no /bin/sh to run docker/entrypoint.sh with");

    String given = run(Map.of("NEO4J_AUTH", "neo4j/s3cret-pass/with-slash"));
    String kept =
        run(
            Map.of(
                "NEO4J_AUTH", "neo4j/other", "NEO4J_USERNAME", "reader", "NEO4J_PASSWORD", "mine"));
    String none = run(Map.of("NEO4J_AUTH", "none"));

    assertThat(given).isEqualTo("neo4j|s3cret-pass/with-slash");
    assertThat(kept).isEqualTo("reader|mine");
    assertThat(none).isEqualTo("|");
  }

  private static String run(Map<String, String> environment) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            "/bin/sh",
            DOCKER.resolve("entrypoint.sh").toString(),
            "/bin/sh",
            "-c",
            "printf '%s|%s' \"$NEO4J_USERNAME\" \"$NEO4J_PASSWORD\"");
    builder.environment().keySet().removeIf(k -> k.startsWith("NEO4J_"));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  private static List<String> texts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    if (node == null || node.isMissingNode()) {
      return texts;
    }
    if (node.isArray()) {
      node.forEach(n -> texts.add(n.asText()));
    } else {
      texts.add(node.asText());
    }
    return texts;
  }
}
