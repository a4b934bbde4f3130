package org.cadregraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.export.ExportException;
import org.cadregraph.cli.export.ExportFormat;
import org.cadregraph.cli.neo4j.ConnectionOptions;
import org.cadregraph.cli.neo4j.LingerOptions;
import org.cadregraph.cli.neo4j.Neo4jConnection;
import org.cadregraph.cli.neo4j.Neo4jConnector;
import org.cadregraph.cli.neo4j.Neo4jTarget;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph export}: writes the graph out as fact lines, Popolo JSON or GraphML, from the
 * same database choices as {@code query}. The file is written beside its final name and moved into
 * place at the end, so a failed export leaves the previous file as it was. Not thread-safe; one
 * instance per run.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the graph: jsonl (the facts as stored, in the form extract writes and load reads),"
          + " popolo (Popolo JSON: persons, organizations, memberships, events) or graphml"
          + " (for Gephi, yEd)."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand CadregraphCommand parent;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      description = "jsonl, popolo or graphml.")
  ExportFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The file to write (default: standard output).")
  Path outFile;

  @Mixin ConnectionOptions connection;

  @Mixin LingerOptions linger;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "No notes on stderr (opening the database ...); a server left running is still said.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Neo4jTarget target = connection.existingTarget(parent.environment());
    long started = System.nanoTime();
    Neo4jConnector connector =
        new Neo4jConnector(
            quiet ? note -> {} : err::println,
            linger.linger(parent.environment(), parent.terminal(), err::println));
    try (Neo4jConnection neo4j = connector.connect(target)) {
      if (outFile == null) {
        PrintWriter out = spec.commandLine().getOut();
        export(neo4j, out);
        out.flush();
      } else {
        toFile(neo4j, outFile);
        if (!quiet) {
          err.printf(
              "exported %s to %s in %.1f s%n",
              format.name().toLowerCase(Locale.ROOT), outFile, (System.nanoTime() - started) / 1e9);
        }
      }
    } catch (ExportException e) {
      throw new CliException(ExitStatus.INPUTS_FAILED, e.getMessage(), e);
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, "cannot write the export (" + Problems.reason(e) + ")", e);
    }
    return ExitStatus.OK.code();
  }

  private void toFile(Neo4jConnection neo4j, Path file) {
    Path target = file.toAbsolutePath().normalize();
    Path temp;
    try {
      temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, file + ": cannot write (" + Problems.reason(e) + ")", e);
    }
    try {
      try (Writer out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
        export(neo4j, out);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, file + ": cannot write (" + Problems.reason(e) + ")", e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // Left behind in the target folder, named after the file: harmless and visible.
      }
    }
  }

  /** The whole export in one read transaction: it can never write to the graph. */
  private void export(Neo4jConnection neo4j, Writer out) throws IOException {
    SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
    if (neo4j.database() != null) {
      config.withDatabase(neo4j.database());
    }
    // An explicit transaction, not a managed one: output is streamed, and a retry would write it
    // twice.
    try (Session session = neo4j.driver().session(config.build());
        Transaction tx = session.beginTransaction()) {
      format.export().write(tx, out);
      tx.commit();
    }
  }
}
