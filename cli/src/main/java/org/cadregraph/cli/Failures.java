package org.cadregraph.cli;

import java.io.PrintWriter;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.exit.Outcome;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what ends a command into one line on stderr and an exit status, as {@link Outcome} maps it;
 * the stack trace only with {@code --verbose}. Stateless; thread-safe.
 */
final class Failures implements IExecutionExceptionHandler {
  static final String PREFIX = "cadregraph: ";

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    return report(e, commandLine.getErr(), verbose(parseResult));
  }

  /**
   * Prints the one line that tells how {@code e} ended a command (and its stack trace with {@code
   * verbose}, or a hint to get it when the fault is cadregraph's) and returns the exit code.
   */
  static int report(Throwable e, PrintWriter err, boolean verbose) {
    Outcome outcome = Outcome.of(e);
    err.println(PREFIX + outcome.message());
    if (verbose) {
      e.printStackTrace(err);
    } else if (!outcome.expected()) {
      err.println(PREFIX + "run again with --verbose for the stack trace");
    }
    err.flush();
    return outcome.status().code();
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
