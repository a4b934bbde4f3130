package org.cadregraph.cli.exit;

import static java.util.Objects.requireNonNull;

import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.graph.GraphException;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * How an exception that ends a command (or one scheduled run of it) is told to the user: the exit
 * status, the one line printed, and whether it was expected. This is the only place where
 * exceptions are mapped to exit statuses. Immutable; thread-safe.
 *
 * @param status the exit status the command ends with
 * @param message the sentence printed after the {@code cadregraph: } prefix
 * @param expected false for a fault of cadregraph itself, whose stack trace is worth reporting
 */
public record Outcome(ExitStatus status, String message, boolean expected) {
  /** The message of a fault of cadregraph itself; the stack trace follows with --verbose. */
  static final String INTERNAL = "internal error; please report: ";

  public Outcome {
    requireNonNull(status, "status");
    requireNonNull(message, "message");
  }

  /** The outcome of a command that ended with {@code e}. */
  public static Outcome of(Throwable e) {
    if (e instanceof CliException failure) {
      return new Outcome(failure.status(), String.valueOf(failure.getMessage()), true);
    }
    if (e instanceof ExtractionException || e instanceof GraphException) {
      // The other modules' own failures carry sentences meant for the user.
      return new Outcome(ExitStatus.INPUTS_FAILED, String.valueOf(e.getMessage()), true);
    }
    if (e instanceof Neo4jException neo4j) {
      // A driver error that escaped the command: the connection went away mid-run.
      return new Outcome(ExitStatus.NEO4J_UNAVAILABLE, "Neo4j failed: " + neo4j.getMessage(), true);
    }
    return new Outcome(ExitStatus.INTERNAL_ERROR, INTERNAL + e, false);
  }
}
