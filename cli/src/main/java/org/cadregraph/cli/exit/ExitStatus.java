package org.cadregraph.cli.exit;

/**
 * The exit codes every command uses. Scripts and the nightly loader depend on these numbers, so
 * they never change meaning. Immutable.
 */
public enum ExitStatus {
  /** Everything asked for was done. */
  OK(0),
  /** Some inputs (articles, fact files, a query) failed; each was reported on stderr. */
  INPUTS_FAILED(1),
  /** The command line was wrong. */
  USAGE(2),
  /** Neo4j could not be reached or opened, or refused the credentials. */
  NEO4J_UNAVAILABLE(3),
  /** A fault of cadregraph itself, not of the inputs or of Neo4j: a bug to report. */
  INTERNAL_ERROR(4);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
