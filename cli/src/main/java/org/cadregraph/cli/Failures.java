package org.cadregraph.cli;

import java.io.PrintWriter;
import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.graph.GraphException;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what ends a command into one line on stderr and an {@link ExitStatus}: the sentence of a
 * {@link CliException}, Neo4j's own message for a driver error, the stack trace only with {@code
 * --verbose}. Stateless; thread-safe.
 */
final class Failures implements IExecutionExceptionHandler {
  static final String PREFIX = "cadregraph: ";

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean verbose = verbose(parseResult);
    ExitStatus status;
    String message;
    boolean expected = true;
    if (e instanceof CliException failure) {
      status = failure.status();
      message = failure.getMessage();
    } else if (e instanceof ExtractionException || e instanceof GraphException) {
      // The other modules' own failures carry sentences meant for the user.
      status = ExitStatus.INPUTS_FAILED;
      message = e.getMessage();
    } else if (e instanceof Neo4jException neo4j) {
      // A driver error that escaped the command: the connection went away mid-run.
      status = ExitStatus.NEO4J_UNAVAILABLE;
      message = "Neo4j failed: " + neo4j.getMessage();
    } else {
      status = ExitStatus.INPUTS_FAILED;
      message = "internal error: " + e;
      expected = false;
    }
    err.println(PREFIX + message);
    if (verbose) {
      e.printStackTrace(err);
    } else if (!expected) {
      err.println(PREFIX + "run again with --verbose for the stack trace");
    }
    err.flush();
    return status.code();
  }

  /** A command line picocli could not parse: the reason, a suggestion, and where help is. */
  static int usage(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(PREFIX + e.getMessage());
    if (!UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println(
          "Try '"
              + commandLine.getCommandSpec().qualifiedName()
              + " --help' for more information.");
    }
    err.flush();
    return ExitStatus.USAGE.code();
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
