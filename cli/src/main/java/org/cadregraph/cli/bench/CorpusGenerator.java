package org.cadregraph.cli.bench;

import java.nio.file.Path;

/**
 * Writes a benchmark corpus of article files into a folder. Implementations are deterministic: the
 * same count gives the same files, byte for byte, so that runs compare. Implementations are
 * immutable and thread-safe.
 */
interface CorpusGenerator {

  /**
   * Writes {@code articles} article files under {@code folder}, one at a time (never the whole
   * corpus in memory), and says what it wrote.
   *
   * @throws org.cadregraph.cli.exit.CliException when a file cannot be written
   */
  GeneratedCorpus write(Path folder, int articles);

  /** What a generator wrote: the folder, the number of files and their total size. */
  record GeneratedCorpus(Path folder, int articles, long bytes, long words) {
    public GeneratedCorpus {
      if (articles < 1 || bytes < 0 || words < 0) {
        throw new IllegalArgumentException("a corpus needs at least one article, got " + articles);
      }
    }
  }
}
