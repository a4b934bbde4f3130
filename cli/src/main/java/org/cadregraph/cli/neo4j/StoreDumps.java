package org.cadregraph.cli.neo4j;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.neo4j.cli.AbstractCommand;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.dbms.DumpCommand;
import org.neo4j.commandline.dbms.LoadCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import picocli.CommandLine;

/**
 * Backs up and restores the embedded database of a {@link DatabaseFolder} in Neo4j's own dump
 * format, through the commands {@code neo4j-admin database dump} and {@code database load} run (the
 * classes ship in the neo4j-dbms jar), so that a dump made here loads into any Neo4j 5 server and
 * the other way round. The store must be closed: a folder being served, or held by another command,
 * is refused with a sentence saying so; a {@link LingeringServer} nobody uses is stopped first.
 * Only the default database ({@value GraphDatabaseSettings#DEFAULT_DATABASE_NAME}) is dumped; the
 * system database holds nothing of cadregraph's. Stateless; calls on different folders may run at
 * once.
 */
public final class StoreDumps {
  private static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
  private static final String DUMP_FILE = DATABASE + ".dump";

  private final Consumer<String> notes;

  /**
   * @param notes receives one-line remarks for the user (Neo4j's own progress lines)
   */
  public StoreDumps(Consumer<String> notes) {
    this.notes = requireNonNull(notes, "notes");
  }

  /**
   * Writes a dump of the folder's database to {@code file}, replacing it only once the dump is
   * complete (written beside it, then moved into place).
   *
   * @throws CliException when the folder has no database, is in use, or the dump fails
   */
  public void dump(DatabaseFolder folder, Path file) {
    if (!folder.hasStore()) {
      throw new CliException(
          ExitStatus.NEO4J_UNAVAILABLE, "there is no database in " + folder + " to back up");
    }
    requireClosed(folder, "backed up");
    Path target = file.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw new CliException(
          ExitStatus.USAGE,
          target
              + " is a folder; give the file to write, e.g. "
              + target.resolve("cadregraph.dump"));
    }
    Path work = workFolder(target.getParent(), ".cadregraph-backup-");
    try {
      List<String> errors = new ArrayList<>();
      run(
          new DumpCommand(context(folder, null, errors)),
          List.of(DATABASE, "--to-path=" + work),
          errors,
          "backup of " + folder);
      Path dump = work.resolve(DUMP_FILE);
      if (!Files.isRegularFile(dump)) {
        throw new CliException(
            ExitStatus.INPUTS_FAILED, "Neo4j's dump of " + folder + " wrote no " + DUMP_FILE);
      }
      move(dump, target);
    } finally {
      deleteRecursively(work);
    }
  }

  /**
   * Replaces (or creates) the folder's database with the one in the dump {@code file}.
   *
   * @param overwrite whether an existing database in the folder may be replaced
   * @throws CliException when the file is missing or not a dump, the folder is in use, or it holds
   *     a database and {@code overwrite} is false
   */
  public void load(Path file, DatabaseFolder folder, boolean overwrite) {
    if (!Files.isRegularFile(file)) {
      throw new CliException(ExitStatus.INPUTS_FAILED, file + ": no such file");
    }
    requireClosed(folder, "restored");
    if (folder.hasStore() && hasDefaultDatabase(folder) && !overwrite) {
      throw new CliException(
          ExitStatus.USAGE,
          folder
              + " already holds a database; add --force to replace it"
              + " (back it up first: cadregraph backup --db "
              + folder
              + " --to FILE)");
    }
    folder.prepare();
    // Neo4j deletes the database it replaces before it finds a bad archive: read the archive
    // through once (--info) before anything is replaced.
    try (InputStream in = Files.newInputStream(file)) {
      List<String> errors = new ArrayList<>();
      run(
          new LoadCommand(context(folder, in, errors)),
          List.of(DATABASE, "--from-stdin", "--info"),
          errors,
          "restore of " + file);
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, file + ": cannot read (" + e.getMessage() + ")", e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      List<String> args =
          overwrite
              ? List.of(DATABASE, "--from-stdin", "--overwrite-destination=true")
              : List.of(DATABASE, "--from-stdin");
      List<String> errors = new ArrayList<>();
      run(new LoadCommand(context(folder, in, errors)), args, errors, "restore of " + file);
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static boolean hasDefaultDatabase(DatabaseFolder folder) {
    return Files.isDirectory(folder.path().resolve("data").resolve("databases").resolve(DATABASE));
  }

  /**
   * Refuses a store that a server or another command has open: Neo4j must not copy a live store. A
   * server that a command left running is stopped, unless a command is using it.
   */
  private void requireClosed(DatabaseFolder folder, String what) {
    Neo4jTarget.Folder target = new Neo4jTarget.Folder(folder, null);
    Neo4jConnector connector = new Neo4jConnector(notes);
    connector.takeOver(target, "so that it can be " + what);
    connector
        .liveServer(target)
        .ifPresent(
            marker -> {
              throw new CliException(
                  ExitStatus.NEO4J_UNAVAILABLE,
                  folder
                      + " is being served at "
                      + marker.bolt()
                      + " (process "
                      + marker.pid()
                      + "); stop that serve (Ctrl-C) before it can be "
                      + what);
            });
    if (folder.isInUse()) {
      throw new CliException(
          ExitStatus.NEO4J_UNAVAILABLE,
          "the database in "
              + folder
              + " is in use by another process (a load or query still running?); it can be "
              + what
              + " once that has finished");
    }
  }

  /** Neo4j's progress goes to the notes; its error lines are kept for the failure's sentence. */
  private ExecutionContext context(DatabaseFolder folder, InputStream in, List<String> errors) {
    FileSystemAbstraction fs = new DefaultFileSystemAbstraction();
    return new ExecutionContext(
        folder.path(),
        folder.path().resolve("conf"),
        new PrintStream(new LineSink(notes), true, StandardCharsets.UTF_8),
        new PrintStream(new LineSink(errors::add), true, StandardCharsets.UTF_8),
        in == null ? InputStream.nullInputStream() : in,
        fs);
  }

  /**
   * Parses the admin command's arguments with its own picocli model and runs it; its failure (a
   * {@code CommandFailedException} with Neo4j's sentence) becomes ours.
   */
  private static void run(
      AbstractCommand command, List<String> args, List<String> errors, String what) {
    Callable<Integer> callable = command;
    try {
      new CommandLine(command).parseArgs(args.toArray(String[]::new));
      Integer status = callable.call();
      if (status != null && status != 0) {
        // Neo4j printed why (its first line) and what to do in its own CLI (not ours): the reason
        // only.
        throw new CliException(
            ExitStatus.INPUTS_FAILED,
            what + " failed: " + (errors.isEmpty() ? "Neo4j's status " + status : errors.get(0)));
      }
    } catch (CliException e) {
      throw e;
    } catch (Exception e) {
      throw new CliException(ExitStatus.INPUTS_FAILED, what + " failed: " + rootMessage(e), e);
    }
  }

  /** Neo4j's own sentence: the outermost message there is. */
  private static String rootMessage(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return cause.getMessage();
      }
    }
    return e.toString();
  }

  private static Path workFolder(Path parent, String prefix) {
    try {
      Files.createDirectories(parent);
      return Files.createTempDirectory(parent, prefix);
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, "cannot write in " + parent + " (" + e.getMessage() + ")", e);
    }
  }

  private static void move(Path from, Path to) {
    try {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, "cannot write " + to + " (" + e.getMessage() + ")", e);
    }
  }

  private static void deleteRecursively(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the work folder " + folder, e);
    }
  }

  /** Hands what Neo4j prints to the notes, a line at a time. */
  private static final class LineSink extends java.io.OutputStream {
    private final Consumer<String> notes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineSink(Consumer<String> notes) {
      this.notes = notes;
    }

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        flushLine();
      } else if (b != '\r') {
        line.write(b);
      }
    }

    @Override
    public synchronized void flush() {
      // A line is handed on when it ends; a partial one waits (progress dots come in pieces).
    }

    @Override
    public synchronized void close() {
      flushLine();
    }

    private void flushLine() {
      if (line.size() > 0) {
        notes.accept(line.toString(StandardCharsets.UTF_8));
        line.reset();
      }
    }
  }
}
