package org.cadregraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.neo4j.ConnectionOptions;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.Neo4jConnector;
import org.cadregraph.cli.neo4j.Neo4jTarget;
import org.cadregraph.cli.neo4j.ServerMarker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph stop}: stops the server that a command in an interactive terminal left running
 * on a database folder, without waiting for its idle time. A {@code serve} someone started is not
 * stopped: this says where it runs. Not thread-safe; one instance per run.
 */
@Command(
    name = "stop",
    mixinStandardHelpOptions = true,
    description = {
      "Stop the server that load, query, export or report left running on --db (in an"
          + " interactive terminal they leave one up for later commands; see --no-linger).",
      "A running serve is not stopped: stop it with Ctrl-C where it runs."
    })
final class StopCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = ConnectionOptions.DEFAULT_DB,
      description = "The embedded database folder (default: ./${DEFAULT-VALUE}).")
  Path db;

  @Option(
      names = {"-q", "--quiet"},
      description = "No notes on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DatabaseFolder folder = new DatabaseFolder(db);
    Neo4jTarget.Folder target = new Neo4jTarget.Folder(folder, null);
    Neo4jConnector connector = new Neo4jConnector(quiet ? note -> {} : err::println);
    Optional<ServerMarker> live = connector.liveServer(target);
    if (live.isEmpty()) {
      out.println("no server is running on " + folder);
      return ExitStatus.OK.code();
    }
    ServerMarker marker = live.get();
    if (!marker.lingering()) {
      throw new CliException(
          ExitStatus.NEO4J_UNAVAILABLE,
          folder
              + " is served by `cadregraph serve` (process "
              + marker.pid()
              + ") at "
              + marker.bolt()
              + "; stop it with Ctrl-C where it runs");
    }
    connector.takeOver(target, "as asked");
    out.println("stopped the server on " + folder + " (process " + marker.pid() + ")");
    return ExitStatus.OK.code();
  }
}
