package org.cadregraph.cli.neo4j;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The folder an embedded database lives in ({@code --db DIR}), used as Neo4j's home: the store
 * under {@code data/}, Neo4j's own logs under {@code logs/}, the logging configuration under {@code
 * conf/}, the marker a running server leaves behind, and beside it the file through which commands
 * tell a {@link LingeringServer} that they use it. Knows the layout only; it does not open the
 * store. Immutable and thread-safe.
 *
 * @param path the folder as given, made absolute
 */
public record DatabaseFolder(Path path) {
  /** Name of the marker file a running server leaves in the folder. */
  public static final String MARKER_FILE = "cadregraph-server.json";

  /** Name of the file commands lock (shared) while they use a lingering server. */
  public static final String USE_FILE = "cadregraph-server.use";

  private static final String USER_LOG_CONFIG = "user-logs.xml";

  public DatabaseFolder {
    path = requireNonNull(path, "path").toAbsolutePath().normalize();
  }

  public Path marker() {
    return path.resolve(MARKER_FILE);
  }

  /** Locked by the commands that use a lingering server, and by whoever stops it; never removed. */
  public Path serverUse() {
    return path.resolve(USE_FILE);
  }

  public Path logs() {
    return path.resolve("logs");
  }

  /** Where a lingering server's own lines go (it has no terminal). */
  public Path serverLog() {
    return logs().resolve("cadregraph-server.log");
  }

  /** Neo4j's user log, where a failed start explains itself. */
  public Path userLog() {
    return logs().resolve("neo4j.log");
  }

  /** Whether a store has been created in the folder (by a load or a serve). */
  public boolean hasStore() {
    return Files.isDirectory(path.resolve("data").resolve("databases"));
  }

  /** The file Neo4j locks while a process holds the store open. */
  Path storeLock() {
    return path.resolve("data").resolve("databases").resolve("store_lock");
  }

  /**
   * Whether another process holds the store open. Probes the same lock Neo4j takes, so that a
   * second command gets a clear sentence instead of Neo4j's start-up failure; the answer can be
   * stale a moment later, which is fine because Neo4j still refuses to open a locked store.
   *
   * <p>Call it only from a process that does not hold this store open itself: the lock is a POSIX
   * lock, owned by the process, and closing the probe's channel would drop it.
   */
  public boolean isInUse() {
    Path lock = storeLock();
    if (!Files.isRegularFile(lock)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock probe = channel.tryLock();
      if (probe == null) {
        return true;
      }
      probe.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true; // held by this very JVM
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot probe the store lock " + lock, e);
    }
  }

  /**
   * Creates the folder and Neo4j's logging configuration in {@code conf/} when absent, and returns
   * the latter. Neo4j's default sends its user log to the terminal as well; ours keeps everything
   * in {@code logs/neo4j.log}. A configuration the user has edited is left alone.
   */
  Path prepare() {
    try {
      Path conf = path.resolve("conf");
      Files.createDirectories(conf);
      Path config = conf.resolve(USER_LOG_CONFIG);
      if (!Files.exists(config)) {
        try (InputStream in = DatabaseFolder.class.getResourceAsStream(USER_LOG_CONFIG)) {
          if (in == null) {
            throw new IllegalStateException(
                USER_LOG_CONFIG + " is missing from the cadregraph jar");
          }
          Files.copy(in, config);
        }
      }
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the database folder " + path, e);
    }
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
