package org.cadregraph.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactReader;
import org.cadregraph.facts.FactWriter;

/** Streams the articles of a facts file written by the extractor, one at a time. */
final class FactFiles {
  private FactFiles() {}

  /**
   * Writes the facts of the first {@code articles} articles of {@code factsFile} to {@code to};
   * returns {@code to}.
   */
  static Path head(Path factsFile, Path to, int articles) {
    int[] taken = {0};
    try (FactWriter out = new FactWriter(Files.newBufferedWriter(to, StandardCharsets.UTF_8))) {
      forEachArticle(
          factsFile,
          article -> {
            if (taken[0]++ < articles) {
              out.writeAll(article);
            }
          });
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, to + ": cannot write (" + e.getMessage() + ")", e);
    }
    return to;
  }

  /** Hands each article's facts to {@code sink}; a line that does not parse fails the benchmark. */
  static void forEachArticle(Path factsFile, Consumer<List<Fact>> sink) {
    try (BufferedReader in = Files.newBufferedReader(factsFile, StandardCharsets.UTF_8);
        FactReader reader =
            new FactReader(
                in,
                factsFile.toString(),
                problem -> {
                  throw new CliException(
                      ExitStatus.INPUTS_FAILED,
                      "the benchmark's own facts do not read back: " + problem);
                })) {
      reader.forEachArticle(sink);
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, factsFile + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
