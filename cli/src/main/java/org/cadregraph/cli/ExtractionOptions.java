package org.cadregraph.cli;

import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.extract.ExtractorConfig;
import org.cadregraph.extract.model.ExtractionException;
import picocli.CommandLine.Option;

/**
 * How articles are extracted ({@code extract} and {@code load}); the defaults are the extractor's
 * own constants. Not thread-safe; one instance per command.
 */
final class ExtractionOptions {
  @Option(
      names = "--date",
      paramLabel = "YYYY[-MM[-DD]]",
      description = "Date of articles whose file name and INDEX.tsv give none.")
  String date;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "Year of articles whose file name and INDEX.tsv give none.")
  Integer year;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "" + ExtractorConfig.DEFAULT_THREADS,
      description =
          "Extraction threads (default: ${DEFAULT-VALUE}); output order stays the input order.")
  int threads;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      defaultValue = "" + ExtractorConfig.DEFAULT_MAX_ARTICLE_CHARS,
      description =
          "Files or articles longer than this are reported and skipped (default:"
              + " ${DEFAULT-VALUE}).")
  long maxChars;

  /** The configuration these options give; a bad value is a usage error. */
  ExtractorConfig config() {
    try {
      return ExtractorConfig.defaults()
          .withDate(date)
          .withYear(year)
          .withThreads(threads)
          .withMaxArticleChars(maxChars);
    } catch (ExtractionException e) {
      throw new CliException(ExitStatus.USAGE, e.getMessage(), e);
    }
  }
}
