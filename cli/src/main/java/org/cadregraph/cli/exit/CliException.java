package org.cadregraph.cli.exit;

import static java.util.Objects.requireNonNull;

/**
 * The command line's one unchecked exception: a failure that ends a command, with the exit status
 * it ends with and a message meant for the user (one sentence, no stack trace unless {@code
 * --verbose}). Immutable once thrown.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitStatus status;

  public CliException(ExitStatus status, String message) {
    this(status, message, null);
  }

  public CliException(ExitStatus status, String message, Throwable cause) {
    super(message, cause);
    this.status = requireNonNull(status, "status");
  }

  public ExitStatus status() {
    return status;
  }
}
