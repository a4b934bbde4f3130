package org.cadregraph.cli.neo4j;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How commands tell a {@link LingeringServer} that they use it, so that it stops only when nobody
 * does: a command holds a shared lock on {@link DatabaseFolder#serverUse()} while it is connected,
 * and touches the file when it starts and when it ends; the server, and a command that wants to
 * stop it, take the exclusive lock, which they get only while no command holds the shared one. The
 * operating system drops the locks of a process that ends, even by SIGKILL, so nothing is left
 * locked.
 *
 * <p>The locks are POSIX record locks: they belong to the process, and closing any channel on the
 * file drops all of them. So a process opens the file once however many of its threads use the
 * server, and counts the uses here, in the one table a process has of its own locks (as the JDK
 * keeps one). Thread-safe; a shared use may block while another process holds the exclusive lock,
 * which a server or a stopping command holds only for the moment of a check, or while the server
 * shuts down.
 */
final class ServerUse implements AutoCloseable {
  /** The locks this process holds, by file: see the class comment. Guarded by itself. */
  private static final Map<Path, Held> HELD = new HashMap<>();

  /** What the file holds; only its modification time matters. */
  private static final byte[] MARK = {'\n'};

  /** A use that holds nothing: the file could not be opened (a folder this user cannot write). */
  private static final ServerUse NONE = new ServerUse(null);

  private final Path file;
  private boolean closed;

  private ServerUse(Path file) {
    this.file = file;
  }

  /**
   * A command's use of the folder's server: waits while the server (or a command stopping it) holds
   * the exclusive lock, then holds a shared one until closed.
   */
  static ServerUse shared(DatabaseFolder folder) {
    Path file = folder.serverUse();
    synchronized (HELD) {
      Held held = HELD.get(file);
      while (held != null && held.exclusive) {
        try {
          HELD.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting to use the server", e);
        }
        held = HELD.get(file);
      }
      if (held == null) {
        FileChannel channel;
        try {
          channel = open(file);
        } catch (IOException e) {
          return NONE;
        }
        try {
          channel.lock(0, Long.MAX_VALUE, true); // released when the channel closes
          held = new Held(channel, false);
        } catch (IOException e) {
          close(channel);
          return NONE;
        }
        HELD.put(file, held);
      }
      held.count++;
      touch(held.channel);
      return new ServerUse(file);
    }
  }

  /**
   * The exclusive lock, if no command uses the server now (in any process, this one included);
   * never waits.
   *
   * @throws UncheckedIOException when the file cannot be opened or locked
   */
  static Optional<ServerUse> exclusive(DatabaseFolder folder) {
    Path file = folder.serverUse();
    synchronized (HELD) {
      if (HELD.containsKey(file)) {
        return Optional.empty();
      }
      try {
        FileChannel channel = open(file);
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (IOException | RuntimeException e) {
          close(channel);
          throw e;
        }
        if (lock == null) {
          close(channel);
          return Optional.empty();
        }
        Held held = new Held(channel, true);
        held.count = 1;
        HELD.put(file, held);
        return Optional.of(new ServerUse(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot lock " + file, e);
      }
    }
  }

  /** When a command last began or ended a use of the folder's server (the epoch if never). */
  static Instant lastTouched(DatabaseFolder folder) {
    try {
      return Files.getLastModifiedTime(folder.serverUse()).toInstant();
    } catch (NoSuchFileException e) {
      return Instant.EPOCH;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the time of " + folder.serverUse(), e);
    }
  }

  /** Ends this use; the lock goes when the process's last use of the file ends. Idempotent. */
  @Override
  public void close() {
    if (file == null) {
      return;
    }
    synchronized (HELD) {
      if (closed) {
        return;
      }
      closed = true;
      Held held = requireNonNull(HELD.get(file), "a use of " + file + " without its lock");
      if (!held.exclusive) {
        touch(held.channel);
      }
      if (--held.count == 0) {
        HELD.remove(file);
        close(held.channel); // releases the lock
        HELD.notifyAll();
      }
    }
  }

  private static FileChannel open(Path file) throws IOException {
    return FileChannel.open(
        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  /**
   * Sets the time a server reads as the last use, by writing the file's one byte through the open
   * channel: setting the time by the file's name would open and close the file again, and closing
   * drops this process's locks. Failing only makes the server stop sooner after the use.
   */
  private static void touch(FileChannel channel) {
    try {
      channel.write(ByteBuffer.wrap(MARK), 0);
    } catch (IOException e) {
      // The lock still tells the server that the command is using it.
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Closing drops the lock whatever the error; nothing is left to undo.
    }
  }

  /** One process's lock on one file, and how many uses hold it. */
  private static final class Held {
    final FileChannel channel;
    final boolean exclusive;
    int count;

    Held(FileChannel channel, boolean exclusive) {
      this.channel = channel;
      this.exclusive = exclusive;
    }
  }
}
