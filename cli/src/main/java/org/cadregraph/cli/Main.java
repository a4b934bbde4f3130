package org.cadregraph.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.report.ReportCommand;
import picocli.CommandLine;

/**
 * The {@code cadregraph} program: builds the command line and maps every outcome to an {@link
 * ExitStatus}. {@link #run} takes the streams and the environment as arguments so that tests run
 * commands in-process exactly as the launcher does. Each call builds its own command objects, so
 * calls may run on several threads at once (tests serve in one thread and query from another).
 */
public final class Main {
  private static final String NETTY_JFR = "io.netty.jfr.enabled";

  private Main() {}

  public static void main(String[] args) {
    // Netty registers its Flight Recorder events as its classes load, a tenth of a second of CPU
    // in every command that connects; nobody records them. -Dio.netty.jfr.enabled=true restores.
    if (System.getProperty(NETTY_JFR) == null) {
      System.setProperty(NETTY_JFR, "false");
    }
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    // Java 17 cannot ask whether stderr alone is a terminal; a console means standard input and
    // output are: an interactive terminal, not cron, a pipe or $(...).
    int status = run(args, out, err, System.getenv(), System.console() != null);
    System.exit(status);
  }

  /**
   * Runs one command and returns its exit code; output goes to {@code out}, messages to {@code
   * err}, both flushed on return.
   *
   * @param environment where {@code NEO4J_URI}, {@code NEO4J_USERNAME} and {@code NEO4J_PASSWORD}
   *     are looked up
   */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
    return run(args, out, err, environment, false);
  }

  /**
   * As {@link #run(String[], PrintWriter, PrintWriter, Map)}; {@code terminal} tells whether the
   * command runs in an interactive terminal: progress is then drawn as a bar instead of plain
   * lines, and a command that opens the database leaves a server running for the next ones. Tests
   * pass false (the other overload does), so that nothing is left running by them.
   */
  public static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      Map<String, String> environment,
      boolean terminal) {
    CommandLine commandLine = commandLine(environment, terminal);
    commandLine.setOut(out);
    commandLine.setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static CommandLine commandLine(Map<String, String> environment, boolean terminal) {
    // Commands outside this package get the environment through their constructor: they cannot
    // reach back to CadregraphCommand without a package cycle.
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            return type == ReportCommand.class
                ? type.cast(new ReportCommand(environment, terminal))
                : CommandLine.defaultFactory().create(type);
          }
        };
    CommandLine commandLine =
        new CommandLine(new CadregraphCommand(environment, terminal), factory);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new Failures());
    commandLine.setParameterExceptionHandler(Failures::usage);
    return commandLine;
  }
}
