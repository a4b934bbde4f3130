package org.cadregraph.cli.report;

import java.nio.file.Path;
import org.cadregraph.cli.neo4j.ConnectionOptions;
import org.cadregraph.cli.neo4j.LingerOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What every report shares: where the graph is and where the page goes. Not thread-safe; one
 * instance per command.
 */
final class ReportOptions {
  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      description = "The HTML page to write (replaced if it exists).")
  Path out;

  @Mixin ConnectionOptions connection;

  @Mixin LingerOptions linger;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "No notes on stderr (opening the database ...); a server left running is still said.")
  boolean quiet;
}
