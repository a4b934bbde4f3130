package org.cadregraph.cli.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the tests of lingering servers share: the servers a test started are found by the folder in
 * their command line (a test's temporary folder, so nothing else matches) and killed after it, so
 * that no test leaves a process behind.
 */
public final class LingeringServers {
  /** A server starts in seconds; a busy machine may need many more. */
  public static final Duration START = Duration.ofMinutes(3);

  private LingeringServers() {}

  /** Skips the test where a server cannot be left running (no {@code setsid}). */
  public static void assumeSetsid() {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      found |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, "setsid"));
    }
    assumeTrue(found, "setsid is not installed: no server can be left running");
  }

  /** The folder's marker, written by a live lingering server. */
  public static ServerMarker lingering(DatabaseFolder folder) {
    Optional<ServerMarker> marker = ServerMarker.read(folder);
    assertThat(marker).as("the marker of a server left running on %s", folder).isPresent();
    assertThat(marker.get().lingering()).as("a lingering server's marker: %s", marker).isTrue();
    assertThat(marker.get().pid()).isNotEqualTo(ProcessHandle.current().pid());
    assertThat(ProcessHandle.of(marker.get().pid()).map(ProcessHandle::isAlive)).contains(true);
    return marker.get();
  }

  /** Whether the process ends within {@code timeout}. */
  public static boolean ends(long pid, Duration timeout) throws InterruptedException {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty()) {
      return true;
    }
    try {
      process.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      return !process.get().isAlive();
    }
  }

  /** The lingering servers of folders under {@code dir} that still run. */
  public static List<ProcessHandle> running(Path dir) {
    String folder = dir.toAbsolutePath().normalize().toString();
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .filter(
                        line ->
                            line.contains(LingeringServer.class.getName()) && line.contains(folder))
                    .isPresent())
        .toList();
  }

  /** Kills (SIGKILL) every lingering server of folders under {@code dir}, and waits for them. */
  public static void killAll(Path dir) throws InterruptedException {
    for (ProcessHandle process : running(dir)) {
      process.destroyForcibly();
      ends(process.pid(), Duration.ofSeconds(30));
    }
  }

  /**
   * {@code java [flags] -cp [this class path] MAIN ARGS}: the command line, or a lingering server,
   * in a JVM of its own.
   */
  public static List<String> java(String main, List<String> args) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-XX:TieredStopAtLevel=1",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                main));
    command.addAll(args);
    return command;
  }
}
