package org.cadregraph.cli.neo4j;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import picocli.CommandLine.Option;

/**
 * Whether {@code load}, {@code query}, {@code export} and {@code report} on a folder with no server
 * leave a {@link LingeringServer} running for the commands after them. They do in an interactive
 * terminal only (standard input and output are terminals), so that nothing lingers where nobody
 * sees it: cron, systemd, CI, pipes and {@code $(...)} never leave one. {@code --no-linger} or
 * {@code CADREGRAPH_LINGER=0} turn it off; {@code CADREGRAPH_LINGER=MINUTES} sets the idle time. A
 * picocli mixin. Not thread-safe; one instance per command.
 */
public final class LingerOptions {
  /** The environment variable: minutes a server stays up unused, or 0 for none. */
  public static final String ENV = "CADREGRAPH_LINGER";

  /** How long a server stays up unused unless {@value #ENV} says otherwise. */
  public static final int DEFAULT_IDLE_MINUTES = 10;

  public static final Duration DEFAULT_IDLE = Duration.ofMinutes(DEFAULT_IDLE_MINUTES);

  @Option(
      names = "--no-linger",
      description =
          "Leave no server running for later commands. In an interactive terminal a command that"
              + " has to open the database leaves one up for "
              + DEFAULT_IDLE_MINUTES
              + " min unused (so that the next command need not start Neo4j); $"
              + ENV
              + " sets the minutes, 0 turns it off; `cadregraph stop` stops it.")
  boolean off;

  /** For tests: linger even when not interactive, this many seconds unused. */
  @Option(names = "--linger-seconds", paramLabel = "N", hidden = true)
  Long seconds;

  /**
   * What the command does about lingering.
   *
   * @param interactive whether standard input and output are terminals
   * @param announce where the lines saying that a server was left running go
   * @throws CliException with {@link ExitStatus#USAGE} for a {@value #ENV} that is no number of
   *     minutes, when it matters (in an interactive terminal)
   */
  public Linger linger(
      Map<String, String> environment, boolean interactive, Consumer<String> announce) {
    if (off) {
      return Linger.OFF;
    }
    if (seconds != null) {
      if (seconds < 1) {
        throw new CliException(
            ExitStatus.USAGE, "--linger-seconds must be 1 or more, got " + seconds);
      }
      return new Linger(Duration.ofSeconds(seconds), announce);
    }
    if (!interactive) {
      return Linger.OFF;
    }
    Duration idle = idle(environment.get(ENV));
    return idle.isZero() ? Linger.OFF : new Linger(idle, announce);
  }

  /** The idle time {@value #ENV} asks for: unset means the default, 0 (or off) none. */
  static Duration idle(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_IDLE;
    }
    String text = value.strip().toLowerCase(Locale.ROOT);
    if (text.equals("off") || text.equals("no") || text.equals("false")) {
      return Duration.ZERO;
    }
    try {
      long minutes = Long.parseLong(text);
      if (minutes >= 0 && minutes <= Duration.ofDays(7).toMinutes()) {
        return Duration.ofMinutes(minutes);
      }
    } catch (NumberFormatException e) {
      // Reported below with what would be valid.
    }
    throw new CliException(
        ExitStatus.USAGE,
        ENV
            + "="
            + value
            + " is not a number of minutes; give e.g. 10 (up to a week), or 0 to leave no server"
            + " running");
  }
}
