package org.cadregraph.cli.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * A lingering server's idle time: it counts from the end of the last command that used it, a
 * command that uses it keeps it up and is never cut off by a backup or a restore, and when it stops
 * it leaves neither marker nor lock.
 */
class LingeringServerTest {
  private static final Duration IDLE = Duration.ofSeconds(2);

  @TempDir Path dir;

  @BeforeEach
  void needsSetsid() {
    LingeringServers.assumeSetsid();
  }

  @AfterEach
  void killServers() throws InterruptedException {
    LingeringServers.killAll(dir);
  }

  @Test
  void aServerInUseOutlivesItsIdleTimeThenStopsByItselfLeavingNoLock() throws Exception {
    DatabaseFolder folder = new DatabaseFolder(dir.resolve("db"));
    Neo4jTarget.Folder target = new Neo4jTarget.Folder(folder, null);
    List<String> notes = new ArrayList<>();
    List<String> announced = new ArrayList<>();
    Neo4jConnector connector = new Neo4jConnector(notes::add, new Linger(IDLE, announced::add));
    ServerMarker marker;

    try (Neo4jConnection used = connector.connect(target)) {
      marker = LingeringServers.lingering(folder);
      Thread.sleep(IDLE.multipliedBy(3).toMillis());

      assertThat(ProcessHandle.of(marker.pid()).map(ProcessHandle::isAlive))
          .as("a server in use outlives its idle time; its log:%n%s", log(folder))
          .contains(true);
      try (Session session = used.driver().session()) {
        assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
      }
      StoreDumps dumps = new StoreDumps(note -> {});
      Path dump = Files.writeString(dir.resolve("x.dump"), "not read: the store is in use");
      for (Runnable backupOrRestore :
          List.<Runnable>of(
              () -> dumps.dump(folder, dir.resolve("y.dump")),
              () -> dumps.load(dump, folder, true))) {
        assertThatThrownBy(backupOrRestore::run)
            .isInstanceOfSatisfying(
                CliException.class,
                e -> assertThat(e.status()).isEqualTo(ExitStatus.NEO4J_UNAVAILABLE))
            .hasMessageContaining("in use by another command through the server left running");
      }
    }

    assertThat(announced)
        .singleElement()
        .asString()
        .contains("a server stays up on " + folder)
        .contains("2 s")
        .contains("cadregraph stop --db " + folder);
    assertThat(notes).anyMatch(note -> note.startsWith("starting a server on " + folder));
    assertThat(LingeringServers.ends(marker.pid(), Duration.ofSeconds(60)))
        .as("stops by itself once unused for its idle time")
        .isTrue();
    assertThat(folder.marker()).doesNotExist();
    assertThat(folder.isInUse()).isFalse();
    assertThat(log(folder)).contains("stopped: unused for 2 s");
  }

  private static String log(DatabaseFolder folder) throws java.io.IOException {
    return Files.readString(folder.serverLog(), StandardCharsets.UTF_8);
  }
}
