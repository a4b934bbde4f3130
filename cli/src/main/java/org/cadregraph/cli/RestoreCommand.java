package org.cadregraph.cli;

import java.io.PrintWriter;
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
 * {@code cadregraph restore}: replaces (or creates) the embedded database with one from a dump file
 * written by {@code backup} or by {@code neo4j-admin database dump}. Not thread-safe; one instance
 * per run.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore the embedded database from a dump FILE written by backup or by neo4j-admin database"
          + " dump.",
      "The database must be closed: stop a running serve first. A server that a command left"
          + " running on it is stopped, unless a command is using it. An existing database is"
          + " replaced only with --force."
    })
final class RestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "FILE",
      required = true,
      description = "The dump file to read.")
  Path from;

  @Option(
      names = "--db",
      paramLabel = "DIR",
      defaultValue = ConnectionOptions.DEFAULT_DB,
      description =
          "The embedded database folder (default: ./${DEFAULT-VALUE}); created when missing.")
  Path db;

  @Option(names = "--force", description = "Replace the database the folder already holds.")
  boolean force;

  @Option(
      names = {"-q", "--quiet"},
      description = "No notes on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DatabaseFolder folder = new DatabaseFolder(db);
    long started = System.nanoTime();
    new StoreDumps(quiet ? note -> {} : err::println).load(from, folder, force);
    spec.commandLine()
        .getOut()
        .printf(
            "restored %s from %s (%.1f s)%n",
            folder, from.toAbsolutePath().normalize(), (System.nanoTime() - started) / 1e9);
    return ExitStatus.OK.code();
  }
}
