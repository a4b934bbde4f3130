package org.cadregraph.cli.neo4j;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Whether a command that finds no server on its folder starts a {@link LingeringServer} for itself
 * and the commands after it, and how long that server stays up unused. Immutable and thread-safe
 * (if {@code announce} is).
 *
 * @param idle how long the server stays up unused; zero for no server
 * @param announce receives the lines that say a server was left running: they are printed even with
 *     {@code -q}, since a process left behind must never be a surprise
 */
public record Linger(Duration idle, Consumer<String> announce) {
  /** No server is left running. */
  public static final Linger OFF = new Linger(Duration.ZERO, line -> {});

  public Linger {
    requireNonNull(idle, "idle");
    requireNonNull(announce, "announce");
    if (idle.isNegative() || (!idle.isZero() && idle.toSeconds() < 1)) {
      throw new IllegalArgumentException("idle must be zero or a second or more, got " + idle);
    }
  }

  /** Whether a server is left running. */
  public boolean on() {
    return !idle.isZero();
  }
}
