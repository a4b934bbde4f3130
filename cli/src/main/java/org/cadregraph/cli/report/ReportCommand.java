package org.cadregraph.cli.report;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph report}: writes one self-contained HTML page of charts drawn from the saved
 * queries, about a person, the leadership in a period, or a body. Holds the environment its
 * subcommands read the connection settings from, and whether they run in a terminal. Not
 * thread-safe; one instance per run.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write one self-contained HTML page of charts from the graph (nothing is fetched when",
      "it is opened): about a person, the leadership in a period, or a body."
    },
    subcommands = {
      PersonReportCommand.class,
      LeadershipReportCommand.class,
      BodyReportCommand.class
    })
public final class ReportCommand implements Runnable {
  @Spec CommandSpec spec;

  private final Map<String, String> environment;
  private final boolean terminal;

  /**
   * @param environment where {@code NEO4J_URI}, {@code NEO4J_USERNAME} and {@code NEO4J_PASSWORD}
   *     are read
   * @param terminal whether the command runs in an interactive terminal
   */
  public ReportCommand(Map<String, String> environment, boolean terminal) {
    this.environment = Map.copyOf(requireNonNull(environment, "environment"));
    this.terminal = terminal;
  }

  Map<String, String> environment() {
    return environment;
  }

  /** Whether standard input and output are terminals (a server may then be left running). */
  boolean terminal() {
    return terminal;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing report: person NAME, leadership or body BODY");
  }
}
