package org.cadregraph.cli.neo4j;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;

/**
 * A server that an interactive command leaves running on its database folder, so that the commands
 * after it on the folder skip Neo4j's start. It runs in a process of its own, in a session of its
 * own (through {@code setsid}: Ctrl-C and a closed terminal do not reach it), with its standard
 * streams detached from the caller's (input from {@code /dev/null}, output to {@link
 * DatabaseFolder#serverLog()}), so that a caller reading the command's output through a pipe gets
 * its end when the command ends. It serves Bolt only, on a free loopback port, and leaves a {@link
 * ServerMarker} with its idle time, by which later commands find it.
 *
 * <p>It stops by itself once no command has used it ({@link ServerUse}) for its idle time, when its
 * marker is gone (whoever removed it took it for stale: nobody could find the server any more), and
 * on SIGTERM, which {@link #stop} sends; each time it removes its marker and closes the store
 * cleanly. Killed outright, it leaves a marker naming an ended process, which the next command
 * removes as stale, and no lock: the operating system drops those with the process.
 *
 * <p>Started through {@link #main}, its own entry point rather than a subcommand: nobody types it,
 * and this package can start it without reaching up to the command line. Stateless; the static
 * methods may be called from several threads.
 */
public final class LingeringServer {
  /** How long a command waits for a new server's marker before it opens the store itself. */
  static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  /** How long a server asked to stop may take to close the store before it is killed. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  /** How long a stopping command tries to find the server unused (it may be checking itself). */
  private static final Duration UNUSED_WAIT = Duration.ofSeconds(1);

  /**
   * The JIT's first tier only: a lingering server lives minutes and answers short queries, and
   * without the optimizing compiler competing for the CPU it starts in about 60 % of the time on a
   * busy 2-core machine. Given before this JVM's own flags, so that a JIT flag in {@code JAVA_OPTS}
   * wins. A {@code serve} runs the full JIT.
   */
  private static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

  /**
   * The module openings Neo4j needs on Java 17; the jar's manifest gives them to java -jar only.
   */
  private static final List<String> NEO4J_OPENS =
      List.of(
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED");

  private LingeringServer() {}

  /**
   * The server process: {@code DIR IDLE_SECONDS}. Its lines (and why it could not start) go to its
   * standard output, which {@link #launch} sends to the folder's server log.
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.out.println("usage: LingeringServer DIR IDLE_SECONDS (started by cadregraph itself)");
      System.exit(ExitStatus.USAGE.code());
    }
    int status;
    try {
      run(
          new DatabaseFolder(Path.of(args[0])),
          Duration.ofSeconds(Long.parseLong(args[1])),
          System.out);
      status = ExitStatus.OK.code();
    } catch (CliException e) {
      System.out.println(Instant.now() + " " + e.getMessage());
      status = e.status().code();
    } catch (RuntimeException e) {
      e.printStackTrace(System.out);
      status = ExitStatus.INTERNAL_ERROR.code();
    }
    System.out.flush();
    System.exit(status);
  }

  /** Serves the folder until it has been unused for {@code idle}, or is stopped. */
  static void run(DatabaseFolder folder, Duration idle, PrintStream log) {
    if (idle.toSeconds() < 1) {
      throw new CliException(ExitStatus.USAGE, "the idle time must be a second or more");
    }
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.open(folder)) {
      ServerMarker marker =
          new ServerMarker(
              neo4j.boltUri(),
              null,
              false,
              ProcessHandle.current().pid(),
              neo4j.databaseId(),
              Instant.now().toString(),
              idle.toSeconds());
      // SIGTERM (stop): the store's own hook closes it, this one removes the marker.
      Thread cleanup =
          new Thread(
              () -> {
                marker.removeFrom(folder);
                log.println(Instant.now() + " stopped on request");
                log.flush();
              },
              "cadregraph-lingering-shutdown");
      Runtime.getRuntime().addShutdownHook(cleanup);
      marker.write(folder);
      log.printf(
          "%s serving %s at %s (opened in %.1f s) for later commands; stops after %d s unused%n",
          Instant.now(),
          folder,
          neo4j.boltUri(),
          neo4j.startupTime().toMillis() / 1000.0,
          idle.toSeconds());
      log.flush();
      // Held until the store is closed: a command that comes meanwhile waits, then starts afresh.
      try (Stop stop = awaitIdle(folder, marker, idle)) {
        marker.removeFrom(folder);
        neo4j.close();
        log.println(Instant.now() + " stopped: " + stop.reason());
        log.flush();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
          // The JVM is already shutting down; the hook does the same cleanup.
        }
      }
    }
  }

  /**
   * Waits until no command has used the server for {@code idle}, or its marker is gone, and returns
   * holding the exclusive lock.
   */
  private static Stop awaitIdle(DatabaseFolder folder, ServerMarker marker, Duration idle) {
    Duration poll =
        idle.dividedBy(4).compareTo(Duration.ofSeconds(1)) < 0
            ? idle.dividedBy(4)
            : Duration.ofSeconds(1);
    Instant lastUse = Instant.now();
    while (true) {
      try {
        Thread.sleep(poll.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Stop(null, "interrupted");
      }
      Optional<ServerUse> alone = ServerUse.exclusive(folder);
      Instant now = Instant.now();
      if (alone.isEmpty()) {
        lastUse = now;
        continue;
      }
      if (!ServerMarker.read(folder).filter(marker::equals).isPresent()) {
        return new Stop(alone.get(), "its marker is gone, so no command can find it");
      }
      Instant touched = ServerUse.lastTouched(folder);
      if (touched.isAfter(lastUse)) {
        lastUse = touched;
      }
      if (!now.isBefore(lastUse.plus(idle))) {
        return new Stop(alone.get(), "unused for " + idle.toSeconds() + " s");
      }
      alone.get().close();
    }
  }

  /**
   * Starts a server on the folder in a process of its own and waits until a server serves the
   * folder (this one, or one that another command started meanwhile).
   *
   * @return its marker; empty when no server could be started (said to {@code notes}), so that the
   *     caller opens the store itself and reports why that fails, if it does
   */
  static Optional<ServerMarker> launch(
      DatabaseFolder folder, Duration idle, Consumer<String> notes) {
    Optional<Path> setsid = onPath("setsid");
    if (setsid.isEmpty()) {
      notes.accept("no server is left running for later commands: setsid is not installed");
      return Optional.empty();
    }
    Path log = folder.serverLog();
    Process process;
    try {
      Files.createDirectories(log.getParent());
      process =
          new ProcessBuilder(command(setsid.get(), folder, idle))
              .directory(folder.path().toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      notes.accept("cannot start a server for later commands (" + e.getMessage() + ")");
      return Optional.empty();
    }
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      Optional<ServerMarker> marker = ServerMarker.read(folder).filter(m -> !m.writerIsGone());
      if (marker.isPresent()) {
        return marker;
      }
      if (!process.isAlive()) {
        notes.accept(
            "the server for later commands did not start (" + lastLine(log) + "; see " + log + ")");
        return Optional.empty();
      }
      if (System.nanoTime() > deadline) {
        process.destroy();
        notes.accept(
            "the server for later commands did not start within "
                + START_TIMEOUT.toMinutes()
                + " min (see "
                + log
                + ")");
        return Optional.empty();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CliException(
            ExitStatus.NEO4J_UNAVAILABLE, "interrupted while the server of " + folder + " started");
      }
    }
  }

  /**
   * Stops the lingering server the marker names and waits until it has closed the store; a command
   * that uses it now is never cut off.
   *
   * @param why what the caller is about to do, for the note ("to back it up")
   * @throws CliException when a command is using the server, or it does not end
   */
  static void stop(DatabaseFolder folder, ServerMarker marker, String why, Consumer<String> notes) {
    if (!marker.lingering()) {
      throw new IllegalArgumentException("not a lingering server: " + marker);
    }
    Optional<ProcessHandle> process = ProcessHandle.of(marker.pid());
    Optional<ServerUse> alone = ServerUse.exclusive(folder);
    long deadline = System.nanoTime() + UNUSED_WAIT.toNanos();
    while (alone.isEmpty() && System.nanoTime() < deadline) {
      if (process.isEmpty() || !process.get().isAlive()) {
        return; // it was stopping by itself
      }
      sleep(Duration.ofMillis(100));
      alone = ServerUse.exclusive(folder);
    }
    if (alone.isEmpty()) {
      throw new CliException(
          ExitStatus.NEO4J_UNAVAILABLE,
          folder
              + " is in use by another command through the server left running there (process "
              + marker.pid()
              + "); try again when that command has finished");
    }
    try (ServerUse held = alone.get()) {
      notes.accept(
          "stopping the server left running on "
              + folder
              + " (process "
              + marker.pid()
              + ") "
              + why);
      if (process.isPresent()) {
        process.get().destroy();
        if (!exited(process.get(), STOP_TIMEOUT)) {
          notes.accept("it did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing it");
          process.get().destroyForcibly();
          if (!exited(process.get(), STOP_TIMEOUT)) {
            throw new CliException(
                ExitStatus.NEO4J_UNAVAILABLE,
                "the server left running on "
                    + folder
                    + " (process "
                    + marker.pid()
                    + ") does not end");
          }
        }
      }
      marker.removeFrom(folder);
    }
  }

  /**
   * {@code setsid java -XX:TieredStopAtLevel=1 [this JVM's flags] -cp [this class path]
   * LingeringServer DIR SECONDS}.
   */
  static List<String> command(Path setsid, DatabaseFolder folder, Duration idle) {
    List<String> command = new ArrayList<>();
    command.add(setsid.toString());
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(QUICK_JIT);
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      // A debugger's agent would clash on its port, or wait for a debugger.
      if (!flag.startsWith("-agentlib:jdwp") && !flag.startsWith("-Xrunjdwp")) {
        command.add(flag);
      }
    }
    command.addAll(NEO4J_OPENS);
    command.add("-cp");
    command.add(classPath());
    command.add(LingeringServer.class.getName());
    command.add(folder.toString());
    command.add(Long.toString(idle.toSeconds()));
    return command;
  }

  /** This JVM's class path with every entry absolute (the server runs in the database folder). */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().toString());
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, program);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** The log's last line, which says why the server did not start. */
  private static String lastLine(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (!lines.get(i).isBlank()) {
          return lines.get(i).strip();
        }
      }
      return "it printed nothing";
    } catch (IOException | UncheckedIOException e) {
      return "its log is unreadable";
    }
  }

  private static boolean exited(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(
          ExitStatus.NEO4J_UNAVAILABLE, "interrupted while process " + process.pid() + " stopped");
    }
  }

  /** Why the server stops, and the exclusive lock it holds until the store is closed (or null). */
  private record Stop(ServerUse hold, String reason) implements AutoCloseable {
    @Override
    public void close() {
      if (hold != null) {
        hold.close();
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(ExitStatus.NEO4J_UNAVAILABLE, "interrupted", e);
    }
  }
}
