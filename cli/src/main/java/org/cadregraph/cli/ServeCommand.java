package org.cadregraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.neo4j.ConnectionOptions;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.EmbeddedNeo4j;
import org.cadregraph.cli.neo4j.Neo4jConnector;
import org.cadregraph.cli.neo4j.Neo4jTarget;
import org.cadregraph.cli.neo4j.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph serve}: opens the embedded database with Bolt and Neo4j Browser on 127.0.0.1
 * until interrupted. Not thread-safe; one instance per run.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the embedded database: Bolt on 127.0.0.1:7687 and Neo4j Browser on"
          + " http://127.0.0.1:7474/browser/ until interrupted (Ctrl-C). Authentication is off"
          + " unless --listen exposes it beyond this machine.",
      "While it runs, load and query on the same --db connect to it. A server that a command"
          + " left running on the folder is stopped first."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = ConnectionOptions.DEFAULT_DB,
      description = "The embedded database folder (default: ./${DEFAULT-VALUE}).")
  Path db;

  @Mixin ServeOptions serving;

  @ParentCommand CadregraphCommand parent;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ServerOptions options = serving.options(parent.environment());
    DatabaseFolder folder = new DatabaseFolder(db);
    Neo4jTarget.Folder target = new Neo4jTarget.Folder(folder, options.password());
    Neo4jConnector connector = new Neo4jConnector(err::println);
    connector.takeOver(target, "to serve it here");
    connector
        .liveServer(target)
        .ifPresent(
            marker -> {
              throw new CliException(
                  ExitStatus.NEO4J_UNAVAILABLE,
                  folder
                      + " is already being served at "
                      + marker.bolt()
                      + (marker.browser() == null ? "" : " and " + marker.browser()));
            });
    err.println("starting Neo4j on " + folder + " ...");
    try (EmbeddedNeo4j server = EmbeddedNeo4j.serve(folder, options)) {
      Serving.untilInterrupted(server, folder, spec.commandLine().getOut());
    }
    return ExitStatus.OK.code();
  }
}
