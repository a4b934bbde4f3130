package org.cadregraph.cli;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.cadregraph.cli.report.ReportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code cadregraph}: holds what every subcommand shares (the environment) and the
 * options inherited by all of them. Not thread-safe; one instance per run.
 */
@Command(
    name = "cadregraph",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description =
        "Builds a Neo4j knowledge graph of cadres, organizations and events from"
            + " North Korean state-media reports.",
    subcommands = {
      ExtractCommand.class,
      LoadCommand.class,
      ServeCommand.class,
      StopCommand.class,
      BrowserFilesCommand.class,
      QueryCommand.class,
      EvaluateCommand.class,
      ExportCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      ReportCommand.class,
      org.cadregraph.cli.bench.BenchCommand.class,
      HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 all good; 1 some inputs failed (each reported); 2 usage error;",
      "3 Neo4j unreachable, in use, or credentials refused."
    })
public final class CadregraphCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean verbose;

  private final Map<String, String> environment;
  private final boolean terminal;

  CadregraphCommand(Map<String, String> environment, boolean terminal) {
    this.environment = Map.copyOf(requireNonNull(environment, "environment"));
    this.terminal = terminal;
  }

  /**
   * Whether the command runs in an interactive terminal: progress is then a bar redrawn in place,
   * and a server may be left running for the next command.
   */
  boolean terminal() {
    return terminal;
  }

  /** The environment the command runs in (connection settings are read from it). */
  Map<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command (see cadregraph --help)");
  }
}
