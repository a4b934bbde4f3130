package org.cadregraph.cli.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerMarkerTest {
  @TempDir Path dir;

  private static ServerMarker marker(long pid, int boltPort) {
    return marker(pid, boltPort, false);
  }

  private static ServerMarker marker(long pid, int boltPort, boolean auth) {
    return new ServerMarker(
        URI.create("bolt://127.0.0.1:" + boltPort),
        URI.create("http://127.0.0.1:7474/browser/"),
        auth,
        pid,
        "DB1",
        Instant.parse("2024-05-01T10:00:00Z").toString(),
        0);
  }

  private static Neo4jTarget.Folder target(DatabaseFolder folder) {
    return new Neo4jTarget.Folder(folder, null);
  }

  /** The pid of a process that has ended. */
  private static long endedPid() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    return process.pid();
  }

  /** A loopback port nothing listens on (bound, then released). */
  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void writtenMarkerReadsBackEqual() {
    DatabaseFolder folder = new DatabaseFolder(dir);
    ServerMarker marker = marker(ProcessHandle.current().pid(), 7687);

    marker.write(folder);

    assertThat(ServerMarker.read(folder)).contains(marker);
    assertThat(folder.marker().getFileName().toString()).isEqualTo(DatabaseFolder.MARKER_FILE);
  }

  @Test
  void aLingeringServersIdleTimeReadsBackAndAnOlderMarkerIsAServes() throws Exception {
    DatabaseFolder folder = new DatabaseFolder(dir);
    ServerMarker lingering =
        new ServerMarker(
            URI.create("bolt://127.0.0.1:7687"),
            null,
            false,
            ProcessHandle.current().pid(),
            "DB1",
            Instant.parse("2024-05-01T10:00:00Z").toString(),
            600);

    lingering.write(folder);
    assertThat(ServerMarker.read(folder)).contains(lingering);
    assertThat(lingering.lingering()).isTrue();

    Files.writeString(
        folder.marker(),
        "{\"bolt\":\"bolt://127.0.0.1:7687\",\"browser\":null,\"auth\":false,\"pid\":1,"
            + "\"database_id\":\"x\",\"started\":\"2024-05-01T10:00:00Z\","
            + "\"written_by\":{\"a newer\":[\"version\"]}}");
    assertThat(ServerMarker.read(folder))
        .hasValueSatisfying(marker -> assertThat(marker.lingering()).isFalse());
  }

  @Test
  void noMarkerAndAGarbledMarkerBothReadAsNone() throws Exception {
    DatabaseFolder folder = new DatabaseFolder(dir);
    assertThat(ServerMarker.read(folder)).isEmpty();

    Files.writeString(folder.marker(), "{\"bolt\": \"bolt://127.0.0.1:76");
    assertThat(ServerMarker.read(folder)).isEmpty();
  }

  @Test
  void removingLeavesAMarkerWrittenByAnotherServerInPlace() {
    DatabaseFolder folder = new DatabaseFolder(dir);
    ServerMarker old = marker(ProcessHandle.current().pid(), 7687);
    ServerMarker newer = marker(ProcessHandle.current().pid(), 7688);
    newer.write(folder);

    old.removeFrom(folder);
    assertThat(ServerMarker.read(folder)).contains(newer);

    newer.removeFrom(folder);
    assertThat(folder.marker()).doesNotExist();
  }

  @Test
  void writerIsGoneOnlyWhenItsProcessHasEnded() throws Exception {
    assertThat(marker(ProcessHandle.current().pid(), 7687).writerIsGone()).isFalse();
    assertThat(marker(endedPid(), 7687).writerIsGone()).isTrue();
  }

  @Test
  void markerOfAnEndedProcessIsStaleAndRemoved() throws Exception {
    DatabaseFolder folder = new DatabaseFolder(dir);
    marker(endedPid(), closedPort()).write(folder);
    List<String> notes = new ArrayList<>();

    assertThat(new Neo4jConnector(notes::add).liveServer(target(folder))).isEmpty();

    assertThat(folder.marker()).doesNotExist();
    assertThat(notes).singleElement().asString().contains("stale").contains("has ended");
  }

  @Test
  void markerWhoseAddressDoesNotAnswerIsStaleAndRemoved() throws Exception {
    DatabaseFolder folder = new DatabaseFolder(dir);
    // A live process (this one) but nothing listening at the address.
    marker(ProcessHandle.current().pid(), closedPort()).write(folder);
    List<String> notes = new ArrayList<>();

    assertThat(new Neo4jConnector(notes::add).liveServer(target(folder))).isEmpty();

    assertThat(folder.marker()).doesNotExist();
    assertThat(notes).singleElement().asString().contains("does not answer");
  }

  @Test
  void markerOfAServerWithAuthenticationNeedsAPasswordAndIsNotMistakenForStale() throws Exception {
    DatabaseFolder folder = new DatabaseFolder(dir);
    ServerMarker marker = marker(ProcessHandle.current().pid(), closedPort(), true);
    marker.write(folder);
    Neo4jConnector connector = new Neo4jConnector(note -> {});

    assertThatThrownBy(() -> connector.connect(target(folder)))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.NEO4J_UNAVAILABLE))
        .hasMessageContaining("set NEO4J_PASSWORD");
    assertThat(connector.liveServer(target(folder))).contains(marker);
    assertThat(ServerMarker.read(folder)).contains(marker);
  }

  @Test
  void markerWithoutABoltAddressReadsAsNone() throws Exception {
    DatabaseFolder folder = new DatabaseFolder(dir);
    Files.writeString(
        folder.marker(),
        "{\"bolt\":\"http://127.0.0.1:7474\",\"pid\":1,\"database_id\":\"x\","
            + "\"started\":\"2024-05-01T10:00:00Z\"}");

    assertThat(ServerMarker.read(folder)).isEmpty();
  }
}
