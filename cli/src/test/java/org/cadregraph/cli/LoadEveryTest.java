package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load --every}: keeps running and loads again on schedule, printing each run's result; a
 * failed run is reported and the schedule goes on; Ctrl-C (SIGINT) ends it cleanly. The hidden
 * {@code --runs N} ends it after N runs, so that tests need not be interrupted.
 */
class LoadEveryTest {
  @TempDir Path dir;

  @Test
  void eachScheduledRunPrintsItsReportAndAnUnchangedCorpusIsSkipped() throws Exception {
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));
    Path db = dir.resolve("db");

    long started = System.nanoTime();
    CliRun run =
        CliRun.run("load", facts.toString(), "--db", db.toString(), "--every", "1s", "--runs", "2");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(run.exit()).as(run.toString()).isZero();
    List<String> reports = run.out().lines().filter(l -> l.startsWith("loaded into ")).toList();
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0)).contains("2 articles (2 written");
    assertThat(reports.get(1)).contains("2 unchanged");
    assertThat(run.err()).contains("next load at ");
    assertThat(took)
        .as("the second run waits for its start time")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    // The store is closed between runs: another command can open it now.
    assertThat(
            CliRun.run(
                    "query",
                    "--db",
                    db.toString(),
                    "-q",
                    "--format",
                    "json",
                    "MATCH (p:Person) RETURN count(p) AS persons")
                .out()
                .strip())
        .isEqualTo("{\"persons\":" + FactFixture.PERSONS.size() + "}");
  }

  @Test
  void everyScheduledPruningRunKeepsTheFactsOfAFileThatFails() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("a.txt"),
        "Pyongyang, July 20 (KCNA) -- Kim Jong Un, general secretary of the WPK, inspected the"
            + " Hyesan Youth Mine.\n");
    Files.writeString(
        corpus.resolve("b.txt"),
        "Pyongyang, July 21 (KCNA) -- Jo Yong Won, secretary of the C.C., WPK, visited the"
            + " Chollima Tile Factory.\n");
    Path db = dir.resolve("db");
    assertThat(CliRun.run("load", corpus.toString(), "--db", db.toString(), "-q").exit()).isZero();
    Files.write(corpus.resolve("b.txt"), new byte[] {'P', 0, 'y', 0, 0});

    CliRun run =
        CliRun.run(
            "load",
            corpus.toString(),
            "--db",
            db.toString(),
            "--prune",
            "--every",
            "1s",
            "--runs",
            "2");

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    List<String> reports = run.out().lines().filter(l -> l.startsWith("loaded into ")).toList();
    assertThat(reports)
        .hasSize(2)
        .allSatisfy(
            r ->
                assertThat(r)
                    .contains(
                        "2 articles (0 written, 0 replaced, 1 unchanged, 1 failed (previous facts"
                            + " kept), 0 pruned)"));
    assertThat(
            CliRun.run(
                    "query",
                    "--db",
                    db.toString(),
                    "-q",
                    "--format",
                    "json",
                    "MATCH (p:Person {name: 'Jo Yong Won'}) RETURN count(p) AS persons")
                .out()
                .strip())
        .isEqualTo("{\"persons\":1}");
  }

  @Test
  void aFailedRunIsReportedAndTheScheduleGoesOn() throws Exception {
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));
    String uri = "bolt://127.0.0.1:" + closedPort();

    CliRun run = CliRun.run("load", facts.toString(), "--uri", uri, "--every", "1s", "--runs", "2");

    assertThat(run.exit()).as(run.toString()).isEqualTo(3);
    assertThat(
            run.err()
                .lines()
                .filter(l -> l.startsWith("cadregraph: Neo4j is unreachable at " + uri)))
        .hasSize(2);
    assertThat(run.err()).contains("run 1 failed; the schedule goes on").contains("run 2 failed");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void badDurationsAndMisplacedOptionsAreUsageErrors() throws Exception {
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));

    CliRun noUnit =
        CliRun.run("load", facts.toString(), "--db", dir.resolve("db").toString(), "--every", "6");
    CliRun runsAlone =
        CliRun.run("load", facts.toString(), "--db", dir.resolve("db").toString(), "--runs", "2");
    CliRun withServe =
        CliRun.run(
            "load",
            facts.toString(),
            "--db",
            dir.resolve("db").toString(),
            "--every",
            "1h",
            "--serve");

    assertThat(noUnit.exit()).as(noUnit.toString()).isEqualTo(2);
    assertThat(noUnit.err()).contains("30m, 6h, 1d");
    assertThat(runsAlone.exit()).as(runsAlone.toString()).isEqualTo(2);
    assertThat(withServe.exit()).as(withServe.toString()).isEqualTo(2);
    assertThat(dir.resolve("db")).doesNotExist();
  }

  @Test
  void sigintEndsTheScheduleCleanlyAndLeavesTheStoreUsable() throws Exception {
    // A process started in the background of a non-interactive shell ignores SIGINT, and a JVM
    // started from it inherits that and installs no handler: Ctrl-C cannot be tested there.
    assumeFalse(
        sigintIgnored(), "SIGINT is ignored in this test's process (started in background)");
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));
    Path db = dir.resolve("db");
    Path log = dir.resolve("every.out");
    Process process =
        new ProcessBuilder(
                ServeTest.secondJvm(
                    "load", facts.toString(), "--db", db.toString(), "--every", "1h"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (!Files.readString(log, StandardCharsets.UTF_8).contains("next load at ")) {
        assertThat(process.isAlive())
            .as("load --every ended early: %s", Files.readString(log))
            .isTrue();
        assertThat(System.nanoTime())
            .as("the first run did not finish in time")
            .isLessThan(deadline);
        Thread.sleep(200);
      }
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
      assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();

      // Neo4j's shutdown runs in the JVM's shutdown hook; on a loaded machine it takes a while.
      assertThat(process.waitFor(150, TimeUnit.SECONDS)).as("SIGINT ends it").isTrue();
    } finally {
      process.destroyForcibly();
    }
    // 130 = 128 + SIGINT: the JVM's own exit on Ctrl-C, after its shutdown hooks ran.
    assertThat(process.exitValue()).as(Files.readString(log)).isEqualTo(130);
    assertThat(Files.readString(log)).contains("loaded into ").doesNotContain("Exception");
    CliRun query =
        CliRun.run(
            "query",
            "--db",
            db.toString(),
            "-q",
            "--format",
            "json",
            "MATCH (a:Article) RETURN count(a) AS articles");
    assertThat(query.exit()).as(query.toString()).isZero();
    assertThat(query.out().strip()).isEqualTo("{\"articles\":2}");
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Whether this process ignores SIGINT (Linux: bit 2 of SigIgn in /proc/self/status). */
  private static boolean sigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
        return (mask & (1L << (2 - 1))) != 0;
      }
    }
    return false;
  }
}
