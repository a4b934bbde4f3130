package org.cadregraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.neo4j.ConnectionOptions;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.StoreDumps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph backup}: writes the embedded database to one file in Neo4j's dump format (what
 * {@code neo4j-admin database dump} writes), which {@code restore} or {@code neo4j-admin database
 * load} on a Neo4j 5 server reads back. Not thread-safe; one instance per run.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Back up the embedded database to FILE in Neo4j's dump format (neo4j-admin database dump),"
          + " which restore, or neo4j-admin database load on a Neo4j 5 server, reads back.",
      "The database must be closed: stop a running serve first. A server that a command left"
          + " running on it is stopped, unless a command is using it."
    })
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = ConnectionOptions.DEFAULT_DB,
      description = "The embedded database folder (default: ./${DEFAULT-VALUE}).")
  Path db;

  @Option(
      names = "--to",
      paramLabel = "FILE",
      required = true,
      description = "The dump file to write (replaced once the new dump is complete).")
  Path to;

  @Option(
      names = {"-q", "--quiet"},
      description = "No notes on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DatabaseFolder folder = new DatabaseFolder(db);
    long started = System.nanoTime();
    new StoreDumps(quiet ? note -> {} : err::println).dump(folder, to);
    String size;
    try {
      size = String.format("%,d bytes", Files.size(to));
    } catch (IOException e) {
      size = "size unknown: " + Problems.reason(e);
    }
    spec.commandLine()
        .getOut()
        .printf(
            "backed up %s to %s (%s, %.1f s)%n",
            folder, to.toAbsolutePath().normalize(), size, (System.nanoTime() - started) / 1e9);
    return ExitStatus.OK.code();
  }
}
