package org.cadregraph.cli.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cadregraph.cli.Main;

/**
 * The command line run in a child JVM with this test's class path, so that a test can kill it
 * (SIGKILL through {@link Process#destroyForcibly()}) as an operator's machine or the OOM killer
 * would. Output goes to files beside the test's data, read back while it runs.
 */
final class ChildCli implements AutoCloseable {
  /** The root pom's argLine flags that embedded Neo4j needs on Java 17. */
  private static final List<String> JVM_FLAGS =
      List.of(
          "-Xmx1g",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED");

  private final Process process;
  private final Path out;
  private final Path err;

  private ChildCli(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code cadregraph ARGS} in a new JVM; its output goes to {@code logs/NAME.out|err}. */
  static ChildCli start(Path logs, String name, String... args) throws IOException {
    Files.createDirectories(logs);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    // The child must not find a server through the caller's environment.
    builder.environment().remove("NEO4J_URI");
    builder.environment().remove("NEO4J_USERNAME");
    builder.environment().remove("NEO4J_PASSWORD");
    return new ChildCli(builder.start(), out, err);
  }

  /**
   * Waits until the child's stderr contains {@code text}; false if it ended or the time ran out
   * first.
   */
  boolean awaitErr(String text, Duration timeout) throws IOException, InterruptedException {
    return await(err, text, timeout);
  }

  /**
   * Waits until the child's stdout contains {@code text}; false if it ended or the time ran out
   * first.
   */
  boolean awaitOut(String text, Duration timeout) throws IOException, InterruptedException {
    return await(out, text, timeout);
  }

  private boolean await(Path file, String text, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.readString(file, StandardCharsets.UTF_8).contains(text)) {
        return true;
      }
      if (!process.isAlive()) {
        return Files.readString(file, StandardCharsets.UTF_8).contains(text);
      }
      Thread.sleep(50);
    }
    return false;
  }

  /**
   * Waits for the child to end and returns its exit code; fails the test when it does not end in
   * time.
   */
  int exitCode(Duration timeout) throws InterruptedException, IOException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("the child did not end within " + timeout + "\n" + this);
    }
    return process.exitValue();
  }

  /** SIGKILL; returns whether the child was still running when it was killed. */
  boolean kill() throws InterruptedException {
    boolean alive = process.isAlive();
    process.destroyForcibly().waitFor();
    return alive;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly().waitFor();
    }
  }

  @Override
  public String toString() {
    try {
      return "--- out\n" + out() + "--- err\n" + err();
    } catch (IOException e) {
      return "(output unreadable: " + e + ")";
    }
  }
}
