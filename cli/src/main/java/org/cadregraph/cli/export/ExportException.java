package org.cadregraph.cli.export;

/**
 * The export package's one unchecked exception: the graph holds a value an export cannot write (a
 * fact whose stored form no longer makes a valid fact record, say). The message names the node or
 * value. Immutable once thrown.
 */
public final class ExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }

  public ExportException(String message) {
    super(message);
  }
}
