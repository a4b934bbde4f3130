package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.LingerOptions;
import org.cadregraph.cli.neo4j.LingeringServers;
import org.cadregraph.cli.neo4j.ServerMarker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command in an interactive terminal leaves a server running on its folder for the commands after
 * it; pipes, tests and scripts leave none; {@code stop}, {@code backup} and {@code serve} stop it.
 * The servers run in processes of their own, killed after each test whatever happened.
 */
class LingerTest {
  private static final String COUNT = "MATCH (p:Person) RETURN count(p) AS persons";
  private static final String PERSONS = "{\"persons\":" + FactFixture.PERSONS.size() + "}";

  @TempDir static Path dir;
  private static DatabaseFolder folder;
  private static Path facts;

  @BeforeAll
  static void load() throws IOException {
    folder = new DatabaseFolder(dir.resolve("db"));
    facts = FactFixture.write(dir.resolve("facts.jsonl"));
    CliRun load = CliRun.run("load", facts.toString(), "--db", folder.toString(), "-q");
    assertThat(load.exit()).as(load.toString()).isZero();
  }

  @BeforeEach
  void needsSetsid() {
    LingeringServers.assumeSetsid();
  }

  @AfterEach
  void killServers() throws InterruptedException {
    LingeringServers.killAll(dir);
  }

  @Test
  void aQueryInATerminalLeavesAServerThatTheNextQueryUsesUntilStopped() throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "script (util-linux) gives the test a terminal");
    Path run = dir.resolve("run-in-terminal.sh");
    Files.writeString(run, "exec " + shellWords(cli(List.of())) + " \"$@\"\n");

    Finished terminal =
        Finished.of(
            List.of(
                script.toString(),
                "-qec",
                "sh "
                    + shellWords(
                        List.of(
                            run.toString(),
                            "query",
                            "--db",
                            folder.toString(),
                            "--format",
                            "json",
                            COUNT)),
                "/dev/null"));
    String shown = terminal.out() + terminal.err();

    assertThat(terminal.exit()).as(shown).isZero();
    assertThat(shown).contains(PERSONS).contains("a server stays up on " + folder);
    ServerMarker marker = LingeringServers.lingering(folder);
    assertThat(marker.idleSeconds()).isEqualTo(LingerOptions.DEFAULT_IDLE.toSeconds());

    CliRun second = CliRun.run("query", "--db", folder.toString(), "--format", "json", COUNT);
    CliRun load = CliRun.run("load", facts.toString(), "--db", folder.toString());
    CliRun stop = CliRun.run("stop", "--db", folder.toString());
    CliRun again = CliRun.run("stop", "--db", folder.toString());

    assertThat(second.exit()).as(second.toString()).isZero();
    assertThat(second.out().strip()).isEqualTo(PERSONS);
    assertThat(second.err()).doesNotContain("opening").doesNotContain("starting");
    assertThat(load.exit()).as(load.toString()).isZero();
    assertThat(load.out()).contains("loaded into the server of " + folder).contains("2 unchanged");
    assertThat(stop.exit()).as(stop.toString()).isZero();
    assertThat(stop.out()).contains("stopped the server on " + folder);
    assertThat(LingeringServers.ends(marker.pid(), Duration.ZERO)).isTrue();
    assertThat(folder.marker()).doesNotExist();
    assertThat(folder.isInUse()).isFalse();
    assertThat(again.out()).contains("no server is running on " + folder);
  }

  @Test
  void aReaderOfTheQueryPipeGetsItsEndAndAKilledServerLeavesNoLock() throws Exception {
    // Both pipes are read to their end: a server that kept either open would hang the reads.
    Finished query =
        Finished.of(
            cli(
                List.of(
                    "query",
                    "--db",
                    folder.toString(),
                    "--format",
                    "json",
                    "--linger-seconds",
                    "60",
                    COUNT)));

    assertThat(query.exit()).as(query.toString()).isZero();
    assertThat(query.out().strip()).isEqualTo(PERSONS);
    ServerMarker marker = LingeringServers.lingering(folder);

    ProcessHandle.of(marker.pid()).orElseThrow().destroyForcibly();
    assertThat(LingeringServers.ends(marker.pid(), Duration.ofSeconds(30))).isTrue();
    Finished later =
        Finished.of(cli(List.of("query", "--db", folder.toString(), "--format", "json", COUNT)));

    assertThat(later.exit()).as(later.toString()).isZero();
    assertThat(later.out().strip()).isEqualTo(PERSONS);
    assertThat(later.err())
        .contains("ignoring the stale server marker")
        .contains("opening the embedded database")
        .doesNotContain("starting a server");
    assertThat(folder.marker()).as("a query in a pipe leaves no server").doesNotExist();
    assertThat(LingeringServers.running(dir)).isEmpty();
    assertThat(folder.isInUse()).isFalse();
  }

  @Test
  void backupStopsTheServerLeftRunning() throws Exception {
    ServerMarker marker = lingerOnce();
    Path dump = dir.resolve("backup.dump");

    CliRun backup = CliRun.run("backup", "--db", folder.toString(), "--to", dump.toString());

    assertThat(backup.exit()).as(backup.toString()).isZero();
    assertThat(backup.err())
        .contains("stopping the server left running on " + folder)
        .contains("process " + marker.pid());
    assertThat(LingeringServers.ends(marker.pid(), Duration.ZERO)).isTrue();
    assertThat(folder.marker()).doesNotExist();
    assertThat(dump).isRegularFile();
  }

  @Test
  void serveTakesOverFromTheServerLeftRunningAndStopLeavesAServeAlone() throws Exception {
    ServerMarker lingering = lingerOnce();
    StringWriter serveErr = new StringWriter();
    AtomicInteger serveExit = new AtomicInteger(-1);
    Thread serving =
        new Thread(
            () ->
                serveExit.set(
                    Main.run(
                        new String[] {
                          "serve", "--db", folder.toString(), "--bolt-port", "0", "--http-port", "0"
                        },
                        new PrintWriter(new StringWriter(), true),
                        new PrintWriter(serveErr, true),
                        Map.of())),
            "serve-under-test");
    serving.start();
    try {
      long deadline = System.nanoTime() + LingeringServers.START.toNanos();
      while (ServerMarker.read(folder).filter(m -> !m.lingering()).isEmpty()) {
        assertThat(serving.isAlive()).as("serve ended early: %s", serveErr).isTrue();
        assertThat(System.nanoTime()).as("serve did not start in time").isLessThan(deadline);
        Thread.sleep(100);
      }

      CliRun stop = CliRun.run("stop", "--db", folder.toString());

      assertThat(serveErr.toString())
          .contains("stopping the server left running on " + folder)
          .contains("to serve it here");
      assertThat(LingeringServers.ends(lingering.pid(), Duration.ZERO)).isTrue();
      assertThat(stop.exit()).as(stop.toString()).isEqualTo(3);
      assertThat(stop.err()).contains("served by `cadregraph serve`").contains("Ctrl-C");
      assertThat(ServerMarker.read(folder).map(ServerMarker::pid))
          .contains(ProcessHandle.current().pid());
    } finally {
      serving.interrupt();
      serving.join(TimeUnit.SECONDS.toMillis(60));
    }
    assertThat(serveExit.get()).as(serveErr.toString()).isZero();
    assertThat(folder.marker()).doesNotExist();
  }

  /** A query that leaves a server running although it does not run in a terminal (as tests do). */
  private static ServerMarker lingerOnce() {
    CliRun first =
        CliRun.run(
            "query",
            "--db",
            folder.toString(),
            "--format",
            "json",
            "--linger-seconds",
            "60",
            COUNT);
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.out().strip()).isEqualTo(PERSONS);
    assertThat(first.err()).contains("a server stays up on " + folder).contains("1 min");
    return LingeringServers.lingering(folder);
  }

  /** {@code java ... Main ARGS}, with this test's class path. */
  private static List<String> cli(List<String> args) {
    return LingeringServers.java(Main.class.getName(), args);
  }

  private static String shellWords(List<String> words) {
    List<String> quoted = new ArrayList<>();
    for (String word : words) {
      quoted.add("'" + word.replace("'", "'\\''") + "'");
    }
    return String.join(" ", quoted);
  }

  /**
   * A command run in a process of its own to its end, with its input from /dev/null and its output
   * read through pipes, in the environment of this test less the settings that would change what it
   * does.
   */
  private record Finished(int exit, String out, String err) {
    static Finished of(List<String> command) throws Exception {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      for (String name :
          List.of("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", LingerOptions.ENV)) {
        builder.environment().remove(name);
      }
      Process process = builder.start();
      CompletableFuture<String> out = readAll(process.getInputStream());
      CompletableFuture<String> err = readAll(process.getErrorStream());
      long timeout = LingeringServers.START.toMillis();
      try {
        Finished finished =
            new Finished(
                process.waitFor(timeout, TimeUnit.MILLISECONDS) ? process.exitValue() : -1,
                out.get(timeout, TimeUnit.MILLISECONDS),
                err.get(timeout, TimeUnit.MILLISECONDS));
        assertThat(finished.exit()).as("the command did not end: %s", finished).isNotNegative();
        return finished;
      } finally {
        process.destroyForcibly();
      }
    }

    /** Read on a thread of its own: the common pool may have one thread for both pipes. */
    private static CompletableFuture<String> readAll(InputStream in) {
      return CompletableFuture.supplyAsync(
          () -> {
            try {
              return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          task -> new Thread(task, "pipe-reader").start());
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
