package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neo4j unreachable: exit code 3 and one sentence, no stack trace (credentials refused: see {@link
 * AuthenticatedServeTest}).
 */
class Neo4jFailuresTest {
  @TempDir Path dir;

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void unreachableUriExitsWith3AndOneSentence() throws Exception {
    String uri = "bolt://127.0.0.1:" + closedPort();

    CliRun run = CliRun.run("query", "RETURN 1", "--uri", uri);

    assertThat(run.exit()).as(run.toString()).isEqualTo(3);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("cadregraph: Neo4j is unreachable at " + uri);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void verboseAddsTheStackTrace() throws Exception {
    CliRun run =
        CliRun.run("query", "RETURN 1", "--uri", "bolt://127.0.0.1:" + closedPort(), "--verbose");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("ServiceUnavailableException").contains("\tat ");
  }

  @Test
  void uriFromTheEnvironmentIsUsedWhenNoDbIsGiven() throws Exception {
    String uri = "bolt://127.0.0.1:" + closedPort();

    CliRun run = CliRun.run(Map.of("NEO4J_URI", uri), "query", "RETURN 1");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains(uri);
  }

  @Test
  void loadWithAnUnreachableUriStopsBeforeExtracting() throws Exception {
    Path facts = FactFixture.write(dir.resolve("f.jsonl"));

    CliRun run = CliRun.run("load", facts.toString(), "--uri", "bolt://127.0.0.1:" + closedPort());

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void queryOnAFolderWithoutADatabaseSaysSoAndCreatesNothing() {
    Path empty = dir.resolve("typo");

    CliRun run = CliRun.run("query", "RETURN 1", "--db", empty.toString());

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("there is no database in " + empty);
    assertThat(empty).doesNotExist();
  }
}
