package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.ServerMarker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --serve}: loads, then keeps serving the folder like {@code serve}. */
class LoadAndServeTest {
  @TempDir Path dir;

  @Test
  void loadThenServeLeavesTheLoadedGraphQueryableThroughTheMarker() throws Exception {
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));
    DatabaseFolder folder = new DatabaseFolder(dir.resolve("db"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread loading =
        new Thread(
            () ->
                exit.set(
                    Main.run(
                        new String[] {
                          "load",
                          facts.toString(),
                          "--db",
                          folder.toString(),
                          "--serve",
                          "--bolt-port",
                          "0",
                          "--http-port",
                          "0"
                        },
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        Map.of())),
            "load-serve-under-test");
    loading.start();
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (ServerMarker.read(folder).isEmpty()) {
        assertThat(loading.isAlive()).as("load --serve ended early: %s %s", out, err).isTrue();
        assertThat(System.nanoTime())
            .as("load --serve did not start serving in time")
            .isLessThan(deadline);
        Thread.sleep(100);
      }

      CliRun count =
          CliRun.run(
              "query",
              "--db",
              folder.toString(),
              "--format",
              "json",
              "MATCH (p:Person) RETURN count(p) AS persons");

      assertThat(out.toString()).contains("2 articles (2 written").contains("Browser:");
      assertThat(count.exit()).as(count.toString()).isZero();
      assertThat(count.out().strip()).isEqualTo("{\"persons\":" + FactFixture.PERSONS.size() + "}");
    } finally {
      loading.interrupt();
      loading.join(TimeUnit.SECONDS.toMillis(60));
    }
    assertThat(exit.get()).as(err.toString()).isZero();
    assertThat(folder.marker()).doesNotExist();
  }
}
