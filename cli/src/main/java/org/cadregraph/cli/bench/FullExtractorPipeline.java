package org.cadregraph.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.extract.ExtractionSummary;
import org.cadregraph.extract.Extractor;
import org.cadregraph.facts.FactWriter;

/**
 * The whole extractor, as {@code cadregraph extract --out FILE} runs it: every article read,
 * normalized, analyzed, its facts found and written as JSON Lines to {@code factsFile} (rewritten
 * by every pass; the load benchmark reads the last one). Thread-safe as far as the extractor is;
 * passes must not overlap because they share the facts file.
 */
final class FullExtractorPipeline implements TokenPipeline {
  private final IntFunction<Extractor> extractors;
  private final Path factsFile;

  /**
   * @param extractors the extractor to use for a number of threads (built once per count by the
   *     caller, so that models load once)
   */
  FullExtractorPipeline(IntFunction<Extractor> extractors, Path factsFile) {
    this.extractors = extractors;
    this.factsFile = factsFile;
  }

  @Override
  public Pass run(List<Path> files, int threads) {
    Extractor extractor = extractors.apply(threads);
    AtomicInteger problems = new AtomicInteger();
    long started = System.nanoTime();
    ExtractionSummary summary;
    try (BufferedWriter out = Files.newBufferedWriter(factsFile, StandardCharsets.UTF_8);
        FactWriter facts = new FactWriter(out)) {
      summary = extractor.run(files, facts::writeAll, problem -> problems.incrementAndGet());
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, factsFile + ": cannot write facts (" + e.getMessage() + ")", e);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (problems.get() > 0) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED,
          problems.get()
              + " benchmark articles failed to extract;"
              + " run extract on "
              + files.get(0).getParent()
              + " to see why");
    }
    return new Pass(summary.articles(), summary.tokens(), summary.facts(), seconds);
  }
}
